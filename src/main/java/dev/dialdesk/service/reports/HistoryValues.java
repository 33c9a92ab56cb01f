package dev.dialdesk.service.reports;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of a call history line as other dialers write them: times such as
 * {@code 2026/11/19 오후 3:05}, {@code 2026-11-19 15:05:10} or ISO with an offset; durations in seconds
 * ({@code 35}, {@code 35초}) or {@code h:mm:ss}/{@code m:ss}; outcome words other dialers use
 * ({@code 부재중}, {@code 통화 중}, {@code 없는번호} …).
 */
final class HistoryValues {

    private static final Pattern LOCAL = Pattern.compile(
            "(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})\\.?(?:\\s+|T)(오전|오후|AM|PM|am|pm)?\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                    + "(?:\\.\\d+)?\\s*(AM|PM|am|pm|오전|오후)?");
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})");
    private static final Pattern SECONDS = Pattern.compile("(\\d{1,6})\\s*(?:초|s|sec|secs|seconds)?");
    /** Outcome words of other dialers, by the disposition code they mean. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("부재중", "NO_ANSWER"), Map.entry("무응답", "NO_ANSWER"), Map.entry("미응답", "NO_ANSWER"),
            Map.entry("noanswer", "NO_ANSWER"), Map.entry("통화중", "BUSY"), Map.entry("busy", "BUSY"),
            Map.entry("전원off", "PHONE_OFF"), Map.entry("전원꺼짐", "PHONE_OFF"), Map.entry("꺼짐", "PHONE_OFF"),
            Map.entry("결번", "WRONG_NUMBER"), Map.entry("없는번호", "WRONG_NUMBER"), Map.entry("번호오류", "WRONG_NUMBER"),
            Map.entry("거절", "REFUSED"), Map.entry("거부", "REFUSED"), Map.entry("재통화", "CALLBACK"),
            Map.entry("예약", "CALLBACK"), Map.entry("콜백", "CALLBACK"), Map.entry("보류", "THINKING"),
            Map.entry("가망", "THINKING"), Map.entry("청약완료", "CONTRACT"), Map.entry("계약", "CONTRACT"),
            Map.entry("수신거부", "DO_NOT_CALL"), Map.entry("연락금지", "DO_NOT_CALL"), Map.entry("통화거부", "DO_NOT_CALL"),
            Map.entry("dnc", "DO_NOT_CALL"));

    private HistoryValues() {
    }

    /** The disposition code an outcome word of another dialer means, or null. */
    static String synonym(String normalisedLabel) {
        return SYNONYMS.get(normalisedLabel);
    }

    /** Label without spaces, '_' and '-', lower case: how labels are compared. */
    static String normalise(String label) {
        return label.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }

    /** A local time (in the centre's zone) or one with an offset; null when it is not a time. */
    static Instant time(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            Matcher m = LOCAL.matcher(text.strip());
            if (!m.matches()) {
                return null;
            }
            String half = m.group(4) != null ? m.group(4) : m.group(8);
            int hour = Integer.parseInt(m.group(5));
            if (half != null) {
                boolean pm = half.equalsIgnoreCase("PM") || half.equals("오후");
                if (hour < 1 || hour > 12) {
                    return null;
                }
                hour = hour % 12 + (pm ? 12 : 0);
            }
            try {
                return LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), hour, Integer.parseInt(m.group(6)),
                        m.group(7) == null ? 0 : Integer.parseInt(m.group(7))).atZone(zone).toInstant();
            } catch (DateTimeException invalid) {
                return null;
            }
        }
    }

    /** Seconds of {@code 35}, {@code 35초}, {@code 0:35}, {@code 1:02:03}; -1 when unreadable. */
    static long seconds(String text) {
        String value = text.strip();
        Matcher clock = CLOCK.matcher(value);
        if (clock.matches()) {
            long hours = clock.group(1) == null ? 0 : Long.parseLong(clock.group(1));
            long minutes = Long.parseLong(clock.group(2));
            long seconds = Long.parseLong(clock.group(3));
            return seconds < 60 && (clock.group(1) == null || minutes < 60) ? hours * 3600 + minutes * 60 + seconds : -1;
        }
        Matcher plain = SECONDS.matcher(value);
        return plain.matches() ? Long.parseLong(plain.group(1)) : -1;
    }
}
