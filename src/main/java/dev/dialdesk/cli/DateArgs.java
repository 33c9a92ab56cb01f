package dev.dialdesk.cli;

import dev.dialdesk.domain.DateRange;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/** {@code --date D} or {@code --from D --to D} (ISO dates, the centre's days). */
final class DateArgs {

    private DateArgs() {
    }

    static DateRange range(Args args, Supplier<LocalDate> today) {
        String date = args.option("--date");
        String from = args.option("--from");
        String to = args.option("--to");
        if (date != null) {
            if (from != null || to != null) {
                throw new Cli.UsageException("give --date or --from/--to, not both");
            }
            return DateRange.day(parse(date));
        }
        if (from == null && to == null) {
            return DateRange.day(today.get().minusDays(1));
        }
        LocalDate start = from == null ? parse(to) : parse(from);
        LocalDate end = to == null ? start : parse(to);
        if (end.isBefore(start)) {
            throw new Cli.UsageException("--to is before --from");
        }
        return new DateRange(start, end);
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Cli.UsageException("Not a date (yyyy-MM-dd): " + text);
        }
    }
}
