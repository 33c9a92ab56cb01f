package dev.dialdesk.domain.text;

import dev.dialdesk.domain.i18n.Message;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Typed access to the plain-map records of a day report section (plain Java: the field rules in
 * {@code service.reports.SectionRules} and every engine's store read records through it): each
 * getter refuses a missing or wrong value with the record's path ({@code contracts[2].premium_won}).
 */
public final class SectionRecords {

    /** A bad field; {@link #validate} turns it into a message naming the path. */
    public static final class BadField extends RuntimeException {
        private final String path;

        BadField(String path) {
            super("bad or missing field " + path, null, false, false);
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    /** A check of one record that throws {@link BadField}. */
    @FunctionalInterface
    public interface Check {
        void check(SectionRecords record);
    }

    private final Map<String, Object> values;
    private final String path;

    public SectionRecords(Map<String, Object> values, String path) {
        this.values = values;
        this.path = path;
    }

    /** Runs {@code check} on every record; the first bad field of each bad record (at most 20). */
    public static List<Message> validate(String section, List<Map<String, Object>> records, Check check) {
        List<Message> problems = new ArrayList<>();
        for (int i = 0; i < records.size() && problems.size() < 20; i++) {
            Object record = records.get(i);
            String at = section + "[" + i + "]";
            try {
                if (!(record instanceof Map<?, ?>)) {
                    throw new BadField(at);
                }
                check.check(new SectionRecords(records.get(i), at));
            } catch (BadField e) {
                problems.add(new Message("reports.section.badField", e.path()));
            }
        }
        return problems;
    }

    private BadField bad(String field) {
        return new BadField(path + "." + field);
    }

    public String text(String field) {
        Object value = values.get(field);
        if (!(value instanceof String text)) {
            throw bad(field);
        }
        return text;
    }

    /** Null when absent or JSON null. */
    public String optionalText(String field) {
        Object value = values.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw bad(field);
        }
        return text;
    }

    public String oneOf(String field, Set<String> allowed) {
        String value = text(field);
        if (!allowed.contains(value)) {
            throw bad(field);
        }
        return value;
    }

    public UUID id() {
        try {
            return UUID.fromString(text("id"));
        } catch (IllegalArgumentException e) {
            throw bad("id");
        }
    }

    /** An E.164 number. */
    public String phone(String field) {
        String value = text(field);
        if (!value.matches("\\+[1-9][0-9]{6,14}")) {
            throw bad(field);
        }
        return value;
    }

    public Instant instant(String field) {
        Instant value = optionalInstant(field);
        if (value == null) {
            throw bad(field);
        }
        return value;
    }

    public Instant optionalInstant(String field) {
        String value = optionalText(field);
        try {
            return value == null ? null : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw bad(field);
        }
    }

    public LocalDate optionalDate(String field) {
        String value = optionalText(field);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw bad(field);
        }
    }

    public ZoneId zone(String field) {
        try {
            return ZoneId.of(text(field));
        } catch (DateTimeException e) {
            throw bad(field);
        }
    }

    public boolean bool(String field) {
        Object value = values.get(field);
        if (!(value instanceof Boolean flag)) {
            throw bad(field);
        }
        return flag;
    }

    /** A whole number from 0 to {@code max}. */
    public long whole(String field, long max) {
        Object value = values.get(field);
        if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() < 0
                || ((Number) value).longValue() > max) {
            throw bad(field);
        }
        return ((Number) value).longValue();
    }

    /** A list of nested records ({@code cases[0].steps}); each getter names its path. Absent: empty. */
    @SuppressWarnings("unchecked")
    public List<SectionRecords> records(String field) {
        Object value = values.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw bad(field);
        }
        List<SectionRecords> nested = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?>)) {
                throw bad(field + "[" + i + "]");
            }
            nested.add(new SectionRecords((Map<String, Object>) list.get(i), path + "." + field + "[" + i + "]"));
        }
        return nested;
    }

    /** A list of whole numbers, as "1,3" (absent: empty). */
    public String wholes(String field) {
        Object value = values.get(field);
        if (value == null) {
            return "";
        }
        if (!(value instanceof List<?> list)) {
            throw bad(field);
        }
        StringBuilder text = new StringBuilder();
        for (Object item : list) {
            if (!(item instanceof Integer || item instanceof Long)) {
                throw bad(field);
            }
            text.append(text.length() == 0 ? "" : ",").append(item);
        }
        return text.toString();
    }

    /** ISO-8601 with offset, in UTC. */
    public static String time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC).toString();
    }
}
