package dev.dialdesk.cli;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.domain.rules.OpeningScript;
import dev.dialdesk.service.rules.OpeningScriptService;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code opening [--product P]} shows the opening statement for a product; {@code opening set [--product P]
 * TEXT} saves the centre's text ({company}, {agent}, {product} are filled in at the call). Without
 * {@code --product}: the default for every product without its own.
 */
public final class OpeningCommand implements Command {

    private final Supplier<OpeningScriptService> service;
    private final Messages messages;

    public OpeningCommand(Supplier<OpeningScriptService> service, Messages messages) {
        this.service = service;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "opening";
    }

    @Override
    public String synopsis() {
        return "opening [set TEXT] [--product P]";
    }

    @Override
    public String description() {
        return "show or set the opening statement said first on a call, per product";
    }

    @Override
    public int run(List<String> rawArgs, PrintStream out, PrintStream err) {
        Args args = Args.parse(rawArgs, Set.of("--product"), Set.of());
        List<String> words = args.positional();
        String product = args.option("--product", "");
        if (!words.isEmpty() && words.get(0).equals("set")) {
            if (words.size() < 2) {
                throw new Cli.UsageException("opening set needs the text");
            }
            String text = String.join(" ", words.subList(1, words.size()));
            long version = service.get().all().stream().filter(s -> s.product().equals(product.strip()))
                    .mapToLong(OpeningScript::version).findFirst().orElse(0);
            service.get().save(product, text, version);
            out.println(messages.get("rules.cli.openingSaved", product.isBlank() ? "*" : product));
        } else if (!words.isEmpty()) {
            throw new Cli.UsageException("Unknown opening sub-command: " + words.get(0));
        }
        out.println(service.get().scriptFor(product).text());
        return 0;
    }
}
