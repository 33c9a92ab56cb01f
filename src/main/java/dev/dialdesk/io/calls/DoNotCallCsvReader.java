package dev.dialdesk.io.calls;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.service.calls.NumberListReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a do-not-call extract: a CSV (or plain list) with a number on each line, written any way
 * (010-1234-5678, 01012345678, +82 10-1234-5678, "(02) 123-4567"). The first field of a line that is a
 * valid number counts; a first line without one is a header; other lines without one are rejected.
 */
public final class DoNotCallCsvReader implements NumberListReader {

    /** A line of a number list is short; anything longer is not a list of numbers. */
    static final int MAX_LINE_CHARS = 4_096;

    @Override
    public NumberList read(Path file, String region) {
        Set<PhoneNumber> numbers = new LinkedHashSet<>();
        List<Integer> rejected = new ArrayList<>();
        try (TextLines lines = TextLines.open(file, MAX_LINE_CHARS)) {
            String raw;
            while ((raw = lines.next()) != null) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                PhoneNumber number = firstNumber(line, region);
                if (number != null) {
                    numbers.add(number);
                } else if (lines.lineNumber() > 1 || hasDigits(line)) {
                    rejected.add((int) lines.lineNumber());
                }
            }
            return new NumberList(List.copyOf(numbers), rejected, lines.charset().name());
        } catch (IOException e) {
            throw new UserFacingException(new Message("calls.error.readFile", file.toString()),
                    "Cannot read do-not-call file " + file.getFileName(), e);
        }
    }

    private static PhoneNumber firstNumber(String line, String region) {
        for (String field : line.split("[,;\t]")) {
            String value = field.strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1).strip();
            }
            PhoneNumber.Parsed parsed = PhoneNumber.parse(value, region);
            if (parsed.ok()) {
                return parsed.number();
            }
        }
        return null;
    }

    private static boolean hasDigits(String line) {
        return line.chars().anyMatch(Character::isDigit);
    }
}
