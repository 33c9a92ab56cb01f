package dev.dialdesk.cli;

import dev.dialdesk.domain.cases.InternalContact;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.cases.ContactDirectory;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** {@code contacts [import FILE]}: the internal address book, or its import from CSV (all rows or none). */
public final class ContactsCommand implements Command {

    private final Supplier<ContactDirectory> contacts;
    private final Messages messages;

    public ContactsCommand(Supplier<ContactDirectory> contacts, Messages messages) {
        this.contacts = contacts;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "contacts";
    }

    @Override
    public String synopsis() {
        return "contacts [import FILE]";
    }

    @Override
    public String description() {
        return "list the internal contacts (production, materials, delivery), or import them from CSV";
    }

    @Override
    public int run(List<String> rawArgs, PrintStream out, PrintStream err) {
        Args args = Args.parse(rawArgs, Set.of(), Set.of());
        List<String> words = args.positional();
        if (words.size() == 2 && words.get(0).equals("import")) {
            int changed = contacts.get().importFile(Path.of(words.get(1)));
            out.println(messages.get("cases.cli.contactsImported", changed, words.get(1)));
            return 0;
        }
        if (!words.isEmpty()) {
            throw new Cli.UsageException("contacts takes no arguments, or: import FILE");
        }
        for (InternalContact c : contacts.get().all()) {
            out.println(messages.get("cases.cli.contact", c.label(), c.phone().national(), c.hours().start(),
                    c.hours().end(), c.hours().hasLunch() ? c.hours().lunchStart() + "-" + c.hours().lunchEnd() : "-"));
        }
        return 0;
    }
}
