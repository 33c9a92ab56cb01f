package dev.dialdesk.cli;

import dev.dialdesk.domain.text.FlatJson;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.DoNotCallEntry;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.calls.DoNotCallService;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code dnc import FILE [--list-date D]}, {@code dnc stop NUMBER --product P} and {@code dnc check NUMBER}:
 * the do-not-call list from the command line. With {@code --list-date} the file is the 두낫콜 opt-out list of
 * that date; {@code stop} records a stop-contact request for one product.
 */
public final class DncCommand implements Command {

    /** Exit code of {@code dnc check} when the number is on the list. */
    public static final int LISTED = 3;

    private final Supplier<DoNotCallService> service;
    private final Messages messages;
    private final Supplier<Optional<AgentId>> agent;

    public DncCommand(Supplier<DoNotCallService> service, Messages messages, Supplier<Optional<AgentId>> agent) {
        this.service = service;
        this.messages = messages;
        this.agent = agent;
    }

    @Override
    public String name() {
        return "dnc";
    }

    @Override
    public String synopsis() {
        return "dnc import FILE [--list-date DATE] [--json] | dnc add NUMBER [--product P] | dnc stop NUMBER --product P "
                + "| dnc check NUMBER [--json]";
    }

    @Override
    public String description() {
        return "import a do-not-call list (CSV or workbook; the phone column by header or values) or check a number";
    }

    private static String importJson(DoNotCallService.ImportResult result) {
        StringBuilder text = new StringBuilder("{\"ok\":true,\"read\":").append(result.read())
                .append(",\"added\":").append(result.added()).append(",\"rejected\":").append(result.rejected())
                .append(",\"rejectedLines\":").append(result.rejectedLines().toString().replace(" ", ""))
                .append(",\"leadsFlagged\":").append(result.leadsFlagged()).append(",\"charset\":");
        FlatJson.quote(text, result.charset());
        return text.append('}').toString();
    }

    /** The rejected line numbers, the first 50 of them. */
    private static String rejectedLines(List<Integer> lines) {
        String listed = String.join(", ", lines.stream().limit(50).map(String::valueOf).toList());
        return lines.size() > 50 ? listed + ", …" : listed;
    }

    @Override
    public int run(List<String> rawArgs, PrintStream out, PrintStream err) {
        Args args = Args.parse(rawArgs, Set.of("--agent", "--list-date", "--product"), Set.of("--json"));
        boolean json = args.flag("--json");
        List<String> words = args.positional();
        if (words.size() != 2) {
            throw new Cli.UsageException("dnc needs a sub-command and its argument");
        }
        switch (words.get(0)) {
            case "import" -> {
                AgentId by = args.option("--agent") == null ? agent.get().orElse(null) : AgentOption.resolve(args, agent);
                String listDate = args.option("--list-date");
                DoNotCallService.ImportResult result = listDate == null
                        ? service.get().importFile(Path.of(words.get(1)), by)
                        : service.get().importOptOutList(Path.of(words.get(1)), listDate(listDate), by);
                if (json) {
                    out.println(importJson(result));
                    return 0;
                }
                out.println(messages.get("calls.cli.dncImported", result.read(), result.added(), result.rejected(),
                        result.leadsFlagged(), result.charset()));
                if (!result.rejectedLines().isEmpty()) {
                    out.println(messages.get("calls.cli.dncRejectedLines", rejectedLines(result.rejectedLines())));
                }
                return 0;
            }
            case "add" -> {
                // On the team server: in force for every desk at its next claim and dial.
                AgentId by = args.option("--agent") == null ? agent.get().orElse(null) : AgentOption.resolve(args, agent);
                PhoneNumber number = service.get().parse(words.get(1));
                String product = args.option("--product");
                boolean added = product == null ? service.get().add(number, by)
                        : service.get().stopForProduct(number, product, by);
                out.println(product == null
                        ? messages.get(added ? "team.cli.dncAdded" : "team.cli.dncKnown", number.masked())
                        : messages.get(added ? "rules.cli.stopAdded" : "rules.cli.stopKnown", number.masked(), product));
                return 0;
            }
            case "stop" -> {
                AgentId by = args.option("--agent") == null ? agent.get().orElse(null) : AgentOption.resolve(args, agent);
                PhoneNumber number = service.get().parse(words.get(1));
                boolean added = service.get().stopForProduct(number, args.option("--product"), by);
                out.println(messages.get(added ? "rules.cli.stopAdded" : "rules.cli.stopKnown", number.masked(),
                        args.option("--product")));
                return 0;
            }
            case "check" -> {
                PhoneNumber number = service.get().parse(words.get(1));
                Optional<DoNotCallEntry> entry = service.get().check(number);
                if (json) {
                    StringBuilder text = new StringBuilder("{\"ok\":true,\"number\":");
                    FlatJson.quote(text, number.national());
                    out.println(text.append(",\"listed\":").append(entry.isPresent()).append('}'));
                    return entry.isPresent() ? LISTED : 0;
                }
                if (entry.isPresent()) {
                    out.println(messages.get("calls.cli.dncListed", number.national(), entry.get().source(),
                            entry.get().addedAt().toString()));
                    if (entry.get().scope() == dev.dialdesk.domain.calls.StopScope.PRODUCT) {
                        out.println(messages.get("rules.cli.stopScopeProduct", entry.get().product()));
                    }
                    if (entry.get().listDate() != null) {
                        out.println(messages.get("rules.cli.listDate", entry.get().listDate().toString()));
                    }
                    return LISTED;
                }
                out.println(messages.get("calls.cli.dncNotListed", number.national()));
                return 0;
            }
            default -> throw new Cli.UsageException("Unknown dnc sub-command: " + words.get(0));
        }
    }

    private static java.time.LocalDate listDate(String text) {
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new Cli.UsageException("--list-date must be yyyy-MM-dd: " + text);
        }
    }
}
