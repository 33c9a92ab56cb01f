package dev.dialdesk.io.leads;

import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.service.imports.ImportFailedException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A spreadsheet cell's number as Excel shows it: a date cell as an ISO date (and time when it has
 * one), a number in the General format in full without {@code .0} or an exponent (a phone number
 * Excel stored as 1.012345604E+10 reads 10123456040), any other format through POI's DataFormatter
 * (a {@code 00000000000} format keeps the leading zero). Also picks the sheet to read.
 */
final class CellText {

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    String number(String raw, int formatIndex, String formatString) {
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime time = DateUtil.getLocalDateTime(value);
            return time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? time.toLocalDate().toString()
                    : time.toString().replace('T', ' ');
        }
        if (formatString == null || formatIndex == 0 || "General".equalsIgnoreCase(formatString)) {
            return plain(raw);
        }
        return formatter.formatRawCellContents(value, formatIndex, formatString);
    }

    /** The number written out in full: 1.012345604E10 → 10123456040, 1012345605.0 → 1012345605. */
    static String plain(String raw) {
        try {
            BigDecimal number = new BigDecimal(raw.strip()).stripTrailingZeros();
            return number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    /**
     * The index of the sheet named (or numbered from 1) by {@code requested}; the first when null.
     *
     * @throws ImportFailedException naming the sheets there are
     */
    static int chooseSheet(Path file, List<String> sheets, String requested) {
        if (sheets.isEmpty()) {
            throw new ImportFailedException(new Message("import.error.noSheet", file.toString(), "", ""),
                    "Workbook without sheets");
        }
        if (requested == null || requested.isBlank()) {
            return 0;
        }
        String wanted = requested.strip();
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i).equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        if (wanted.chars().allMatch(Character::isDigit) && wanted.length() < 4) {
            int number = Integer.parseInt(wanted);
            if (number >= 1 && number <= sheets.size()) {
                return number - 1;
            }
        }
        throw new ImportFailedException(new Message("import.error.noSheet", file.toString(), wanted,
                String.join(", ", sheets)), "Workbook has no such sheet");
    }
}
