package dev.dialdesk.domain.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A lead's marketing consent as its file gave it: where the consent was collected (동의경로, 수집경로),
 * when (동의일자) and the list's grade (DB등급, e.g. 퍼미션 DB). Read from the lead's extra columns by
 * their header; any part may be missing.
 *
 * @param source  where the consent came from, null when the file had none
 * @param date    the consent date, null when missing or unreadable
 * @param rawDate the date cell as written, null when the file had none (kept when unreadable)
 * @param grade   the list's grade, null when the file had none
 */
public record Consent(String source, LocalDate date, String rawDate, String grade) {

    /** Headers (compared without spaces, case-insensitive) that hold each part. */
    static final List<String> DATE_HEADERS = List.of("동의일자", "동의일", "동의날짜", "수집일자", "수집일", "마케팅동의일자",
            "consent_date", "consentdate", "consent date");
    static final List<String> SOURCE_HEADERS = List.of("동의경로", "수집경로", "동의출처", "수집출처", "consent_source",
            "consentsource", "consent source");
    static final List<String> GRADE_HEADERS = List.of("db등급", "등급", "디비등급", "grade", "db_grade", "list_grade");

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyyMMdd"),
            DateTimeFormatter.ofPattern("yyyy-M-d"));

    public static final Consent NONE = new Consent(null, null, null, null);

    /** The consent in a lead's extra columns (header to value). */
    public static Consent fromExtras(Map<String, String> extras) {
        String rawDate = value(extras, DATE_HEADERS);
        return new Consent(value(extras, SOURCE_HEADERS), parseDate(rawDate).orElse(null), rawDate,
                value(extras, GRADE_HEADERS));
    }

    /** Did the file say anything about consent? */
    public boolean isRecorded() {
        return source != null || rawDate != null || grade != null;
    }

    /** A date cell as Korean spreadsheets write it: 2025-03-01, 2025.03.01, 2025/3/1, 20250301 (a time after it is ignored). */
    public static Optional<LocalDate> parseDate(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = raw.strip().replaceAll("\\s*\\.\\s*", ".").split("[ T]", 2)[0].replaceAll("\\.$", "");
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }

    private static String value(Map<String, String> extras, List<String> headers) {
        for (Map.Entry<String, String> entry : extras.entrySet()) {
            String header = entry.getKey().replace(" ", "").toLowerCase(Locale.ROOT);
            for (String known : headers) {
                if (header.equals(known.replace(" ", "")) && entry.getValue() != null && !entry.getValue().isBlank()) {
                    return entry.getValue().strip();
                }
            }
        }
        return null;
    }
}
