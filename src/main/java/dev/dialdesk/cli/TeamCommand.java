package dev.dialdesk.cli;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.cases.PlainJson;
import dev.dialdesk.service.settings.CentreRules;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code team init | add-agent | agents | reassign | rules} against the team server named by
 * {@code --db postgresql://…}: the team lead's set-up of the centre (docs/team-server.md). Passwords
 * are prompted (twice) or read from standard input, never taken from the command line.
 */
public final class TeamCommand implements Command {

    /** One agent as the server knows them. */
    public record Account(AgentId id, String name, String loginRole, boolean teamLead) {
    }

    /** What a reassign did: leads moved, and leads left because a desk holds them now. */
    public record Moved(int moved, int held) {
    }

    /** One kind of row of an upload: copied now, copied by an earlier upload, matched to the server's own. */
    public record UploadCount(String kind, int added, int alreadyUploaded, int matched) {
    }

    /** A desk lead whose number the server already had; {@code owner} null for a lead of the pool. */
    public record UploadMatch(long localLeadId, long serverLeadId, String maskedPhone, String owner) {
    }

    /** What {@code team upload} did. */
    public record Uploaded(String agent, List<UploadCount> counts, List<UploadMatch> matched, int doNotCallAdded,
                           int doNotCallKnown) {
    }

    /** What the commands need of the team server (app/TeamServices opens it). */
    public interface Team {
        /** Migrates the schema as the owner and sets up the roles; returns the schema version. */
        int init();

        Account addAgent(AgentId agent, String name, boolean teamLead, char[] password);

        List<Account> agents();

        Moved reassign(AgentId from, AgentId to, int limit);

        CentreRules centreRules();

        /** Copies the desk file's rows of {@code agent} (null: the file's only agent) into the server, once. */
        Uploaded upload(Path deskFile, AgentId agent);

        /** {@code user@host:port/db}, for messages. */
        String describe();
    }

    private final Supplier<Team> team;
    private final Messages messages;
    private final PasswordPrompt prompt;
    private final InputStream stdin;
    private final PlainJson json;

    public TeamCommand(Supplier<Team> team, Messages messages, PasswordPrompt prompt, InputStream stdin, PlainJson json) {
        this.team = team;
        this.messages = messages;
        this.prompt = prompt;
        this.stdin = stdin;
        this.json = json;
    }

    @Override
    public String name() {
        return "team";
    }

    @Override
    public String synopsis() {
        return "team init | add-agent ID --name NAME [--lead] [--password-stdin] | agents | "
                + "reassign --from A --to B (--leads N | --all) | rules [set KEY VALUE] | "
                + "upload --from DESK.db [--agent ID] [--json]   (with --db postgresql://…)";
    }

    @Override
    public String description() {
        return "the team lead's set-up of the centre's server: schema and roles, agents, moving leads, centre rules, "
                + "moving a desk's file onto the server (its agent must be added first; uploading twice adds nothing)";
    }

    @Override
    public int run(List<String> rawArgs, PrintStream out, PrintStream err) {
        Args args = Args.parse(rawArgs, Set.of("--name", "--from", "--to", "--leads", "--agent"),
                Set.of("--lead", "--password-stdin", "--all", "--json"));
        List<String> words = args.positional();
        if (words.isEmpty()) {
            throw new Cli.UsageException("team needs a sub-command: init, add-agent, agents, reassign, rules or upload");
        }
        switch (words.get(0)) {
            case "init" -> init(out);
            case "add-agent" -> addAgent(args, out);
            case "agents" -> agents(out);
            case "reassign" -> reassign(args, out);
            case "rules" -> rules(words, out);
            case "upload" -> upload(args, out);
            default -> throw new Cli.UsageException("Unknown team sub-command: " + words.get(0));
        }
        return 0;
    }

    private void init(PrintStream out) {
        Team server = team.get();
        int version = server.init();
        out.println(messages.get("team.cli.initialised", server.describe(), version));
    }

    private void addAgent(Args args, PrintStream out) {
        if (args.positional().size() != 2) {
            throw new Cli.UsageException("team add-agent takes one agent ID");
        }
        AgentId agent = agentId(args.positional().get(1));
        String name = args.option("--name");
        if (name == null || name.isBlank()) {
            throw new Cli.UsageException("team add-agent needs --name NAME");
        }
        char[] password = newPassword(args, agent);
        try {
            Account account = team.get().addAgent(agent, name.strip(), args.flag("--lead"), password);
            out.println(messages.get(account.teamLead() ? "team.cli.leadAdded" : "team.cli.agentAdded",
                    account.id().value(), account.name(), account.loginRole()));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The new agent's password: one line of standard input, or typed twice at the terminal. */
    private char[] newPassword(Args args, AgentId agent) {
        if (args.flag("--password-stdin")) {
            try {
                String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new Cli.UsageException("--password-stdin: standard input held no password line");
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new Cli.UsageException("--password-stdin: standard input cannot be read: " + e.getMessage());
            }
        }
        char[] first = prompt.ask("New password for " + agent.value() + ": ").orElseThrow(() ->
                new Cli.UsageException("No terminal to ask for the password: give it on standard input with --password-stdin"));
        char[] again = prompt.ask("Again: ").orElse(new char[0]);
        boolean same = Arrays.equals(first, again);
        Arrays.fill(again, '\0');
        if (!same || first.length == 0) {
            Arrays.fill(first, '\0');
            throw new Cli.UsageException("The two passwords differ (or are empty): nothing was changed");
        }
        return first;
    }

    private void agents(PrintStream out) {
        for (Account account : team.get().agents()) {
            out.println(messages.get(account.teamLead() ? "team.cli.leadLine" : "team.cli.agentLine",
                    account.id().value(), account.name(), String.valueOf(account.loginRole())));
        }
    }

    private void reassign(Args args, PrintStream out) {
        if (args.option("--from") == null || args.option("--to") == null) {
            throw new Cli.UsageException("team reassign needs --from AGENT and --to AGENT");
        }
        AgentId from = agentId(args.option("--from"));
        AgentId to = agentId(args.option("--to"));
        if (from.equals(to)) {
            throw new Cli.UsageException("--from and --to name the same agent");
        }
        if (args.flag("--all") == (args.option("--leads") != null)) {
            throw new Cli.UsageException("team reassign needs either --leads N or --all");
        }
        int limit = args.flag("--all") ? 0 : args.positive("--leads", 0);
        Moved result = team.get().reassign(from, to, limit);
        out.println(messages.get("team.cli.reassigned", result.moved(), from.value(), to.value()));
        if (result.held() > 0) {
            out.println(messages.get("team.cli.reassignHeld", result.held(), from.value()));
        }
    }

    private void rules(List<String> words, PrintStream out) {
        CentreRules rules = team.get().centreRules();
        if (words.size() == 1) {
            for (CentreRules.Rule rule : rules.list()) {
                out.println(messages.get(rule.set() ? "team.cli.ruleSet" : "team.cli.ruleDefault", rule.key(),
                        rule.value()));
            }
            return;
        }
        if (words.size() != 4 || !words.get(1).equals("set")) {
            throw new Cli.UsageException("team rules lists the centre rules; team rules set KEY VALUE changes one");
        }
        rules.set(words.get(2), words.get(3), team.get().describe());
        out.println(messages.get("team.cli.ruleChanged", words.get(2), words.get(3).strip()));
    }

    private void upload(Args args, PrintStream out) {
        if (args.option("--from") == null || args.positional().size() != 1) {
            throw new Cli.UsageException("team upload needs --from DESK.db (the desk's SQLite file)");
        }
        AgentId agent = args.option("--agent") == null ? null : agentId(args.option("--agent"));
        Team server = team.get();
        Uploaded result = server.upload(Path.of(args.option("--from")), agent);
        if (args.flag("--json")) {
            out.println(json.write(uploadJson(result)));
            return;
        }
        out.println(messages.get("team.cli.uploaded", result.agent(), server.describe()));
        for (UploadCount count : result.counts()) {
            out.println(messages.get("team.cli.uploadLine", messages.get("team.cli.uploadKind." + count.kind()),
                    count.added(), count.alreadyUploaded(), count.matched()));
        }
        out.println(messages.get("team.cli.uploadDnc", result.doNotCallAdded(), result.doNotCallKnown()));
        for (UploadMatch match : result.matched()) {
            out.println(messages.get("team.cli.uploadMatched", match.localLeadId(), match.maskedPhone(),
                    match.serverLeadId(), match.owner() == null ? messages.get("team.cli.uploadPool") : match.owner()));
        }
        if (result.counts().stream().allMatch(c -> c.added() == 0) && result.doNotCallAdded() == 0) {
            out.println(messages.get("team.cli.uploadNothing"));
        }
    }

    private static Map<String, Object> uploadJson(Uploaded result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("agent", result.agent());
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (UploadCount count : result.counts()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("added", count.added());
            line.put("already_uploaded", count.alreadyUploaded());
            line.put("already_on_server", count.matched());
            kinds.put(count.kind().toLowerCase(java.util.Locale.ROOT), line);
        }
        root.put("rows", kinds);
        Map<String, Object> dnc = new LinkedHashMap<>();
        dnc.put("added", result.doNotCallAdded());
        dnc.put("already_listed", result.doNotCallKnown());
        root.put("do_not_call", dnc);
        root.put("leads_already_on_server", result.matched().stream().map(m -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("desk_lead", m.localLeadId());
            line.put("server_lead", m.serverLeadId());
            line.put("phone", m.maskedPhone());
            line.put("owner", m.owner());
            return line;
        }).toList());
        return root;
    }

    private static AgentId agentId(String id) {
        if (!AgentId.isValid(id)) {
            throw new Cli.UsageException("Not an agent ID: " + id);
        }
        return new AgentId(id);
    }
}
