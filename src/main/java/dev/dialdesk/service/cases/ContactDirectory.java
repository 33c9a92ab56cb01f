package dev.dialdesk.service.cases;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.cases.InternalContact;
import dev.dialdesk.domain.cases.Party;
import dev.dialdesk.domain.cases.WorkingHours;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.service.imports.ImportFailedException;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.ContactStore;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The internal address book: import from CSV (all rows or none), entry in the window, and what the
 * chain rules ask of it (a party's working hours, the contact of a team). Not on the event thread.
 */
public final class ContactDirectory {

    private final ContactStore store;
    private final ContactFileReader reader;
    private final Settings settings;

    public ContactDirectory(ContactStore store, ContactFileReader reader, Settings settings) {
        this.store = store;
        this.reader = reader;
        this.settings = settings;
    }

    public List<InternalContact> all() {
        return store.all();
    }

    public Optional<InternalContact> find(long id) {
        return store.find(id);
    }

    public Optional<InternalContact> findByPhone(PhoneNumber phone) {
        return store.findByPhone(phone);
    }

    public InternalContact save(InternalContact contact) {
        return store.save(contact);
    }

    /**
     * Saves a contact typed in the window: {@code edited} null adds one, otherwise that contact is
     * changed on condition that nobody changed it since it was shown.
     *
     * @throws dev.dialdesk.service.imports.ImportFailedException when a text is not valid (said in words)
     * @throws dev.dialdesk.storage.ConflictException when the contact was changed meanwhile
     */
    public InternalContact saveTyped(InternalContact edited, ContactFileReader.Row typed) {
        InternalContact parsed = parse(null, typed);
        return store.save(edited == null ? parsed : new InternalContact(edited.id(), parsed.name(), parsed.team(),
                parsed.phone(), parsed.hours(), edited.version()));
    }

    /** The working hours of a step's party; empty for the customer or a team not in the book. */
    public Optional<WorkingHours> hoursOf(Party party) {
        return party.contactId() == null ? Optional.empty() : store.find(party.contactId()).map(InternalContact::hours);
    }

    /** The first contact of a team ("생산팀"), or the contact of that name. */
    public Optional<InternalContact> ofTeam(String team) {
        String wanted = team.strip().toLowerCase(Locale.ROOT);
        List<InternalContact> all = store.all();
        return all.stream().filter(c -> c.team().toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                .or(() -> all.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst());
    }

    /**
     * Imports the file: every row is checked first; a bad row refuses the whole file with its line and
     * what to do, and nothing is written. A number already in the book updates that contact.
     *
     * @return how many contacts were added or changed
     */
    public int importFile(Path file) {
        List<InternalContact> contacts = new ArrayList<>();
        for (ContactFileReader.Row row : reader.read(file)) {
            contacts.add(parse(file, row));
        }
        return store.importAll(contacts);
    }

    /** A contact from typed or imported texts. */
    public InternalContact parse(Path file, ContactFileReader.Row row) {
        PhoneNumber phone = PhoneNumber.tryParse(row.phone(), settings.get(SettingKeys.PHONE_REGION))
                .orElseThrow(() -> bad(file, row, "cases.contacts.error.phone"));
        if (row.name().isBlank() && row.team().isBlank()) {
            throw bad(file, row, "cases.contacts.error.name");
        }
        try {
            LocalTime[] work = range(row.workHours(), WorkingHours.OFFICE.start(), WorkingHours.OFFICE.end());
            LocalTime[] lunch = row.lunch().isBlank() ? new LocalTime[2] : range(row.lunch(), null, null);
            return new InternalContact(0, row.name(), row.team(), phone, new WorkingHours(work[0], work[1], lunch[0],
                    lunch[1]), 1);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw bad(file, row, "cases.contacts.error.hours");
        }
    }

    /** "09:00-18:00" (or "9:00~18:00"); blank gives the defaults. */
    private static LocalTime[] range(String text, LocalTime defaultStart, LocalTime defaultEnd) {
        if (text.isBlank()) {
            return new LocalTime[] {defaultStart, defaultEnd};
        }
        String[] parts = text.strip().split("\\s*[-~]\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a time range: " + text);
        }
        return new LocalTime[] {time(parts[0]), time(parts[1])};
    }

    private static LocalTime time(String text) {
        String t = text.strip();
        return LocalTime.parse(t.length() == 4 && t.charAt(1) == ':' ? "0" + t : t);
    }

    private static ImportFailedException bad(Path file, ContactFileReader.Row row, String key) {
        if (file == null) { // typed in the window: no file and line to name
            return new ImportFailedException(new Message(key + ".form"), "Typed contact: " + key);
        }
        String name = file.getFileName().toString();
        return new ImportFailedException(new Message(key, name, row.line()),
                "Contact file " + name + " line " + row.line() + ": " + key);
    }
}
