package dev.dialdesk.cli;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.calls.HolidayService;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** {@code holidays import FILE}: public holidays from an ICS file or a CSV of dates. */
public final class HolidaysCommand implements Command {

    private final Supplier<HolidayService> service;
    private final Messages messages;

    public HolidaysCommand(Supplier<HolidayService> service, Messages messages) {
        this.service = service;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "holidays";
    }

    @Override
    public String synopsis() {
        return "holidays import FILE";
    }

    @Override
    public String description() {
        return "import public holidays (ICS calendar or CSV of dates): nobody is called on them";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 2 || !"import".equals(args.get(0))) {
            throw new Cli.UsageException("holidays needs: import FILE");
        }
        HolidayService.ImportResult result = service.get().importFile(Path.of(args.get(1)));
        out.println(messages.get("calls.cli.holidaysImported", result.read(), result.added()));
        return 0;
    }
}
