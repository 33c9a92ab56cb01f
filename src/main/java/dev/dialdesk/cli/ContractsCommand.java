package dev.dialdesk.cli;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.contracts.ContractExport;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.service.contracts.ContractSummary;
import java.io.PrintStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/** {@code contracts [--open] [--agent ID] [--json]}: contracts with their QA state and deadline. */
public final class ContractsCommand implements Command {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);

    private final Supplier<ContractService> service;
    private final ContractExport export;
    private final Messages messages;

    public ContractsCommand(Supplier<ContractService> service, ContractExport export, Messages messages) {
        this.service = service;
        this.export = export;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "contracts";
    }

    @Override
    public String synopsis() {
        return "contracts [--open] [--agent ID] [--json]";
    }

    @Override
    public String description() {
        return "list contracts with QA state and re-recording deadline (--open: open QA cases, most urgent first)";
    }

    @Override
    public int run(List<String> rawArgs, PrintStream out, PrintStream err) throws Exception {
        Args args = Args.parse(rawArgs, Set.of("--agent"), Set.of("--open", "--json"));
        if (!args.positional().isEmpty()) {
            throw new Cli.UsageException("contracts takes no arguments: " + args.positional());
        }
        String agentText = args.option("--agent");
        if (agentText != null && !AgentId.isValid(agentText)) {
            throw new Cli.UsageException("Not an agent ID: " + agentText);
        }
        AgentId agent = agentText == null ? null : new AgentId(agentText);
        List<ContractSummary> contracts = service.get().list(args.flag("--open"), agent);
        if (args.flag("--json")) {
            export.writeJson(contracts, out);
            return 0;
        }
        if (contracts.isEmpty()) {
            out.println(messages.get("contracts.cli.none"));
            return 0;
        }
        for (ContractSummary summary : contracts) {
            out.println(line(summary));
        }
        return 0;
    }

    private String line(ContractSummary summary) {
        Contract c = summary.contract();
        return String.format(Locale.ROOT, "%6d  %-8s  %s  %-22s  %,12d  %-20s  %s", c.id(), c.agentId(),
                c.sale().contractAt().atZone(c.sale().zone()).format(WHEN), c.sale().product(),
                c.sale().premiumWon(), messages.get(c.state().labelKey()),
                c.state().hasEnded() ? "" : summary.deadline().format(WHEN));
    }
}
