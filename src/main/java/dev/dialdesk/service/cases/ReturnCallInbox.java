package dev.dialdesk.service.cases;

import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.cases.CatchCallSms;
import dev.dialdesk.domain.cases.FollowUpCase;
import dev.dialdesk.domain.cases.InternalContact;
import dev.dialdesk.domain.cases.MissedCall;
import dev.dialdesk.domain.cases.ReturnCall;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.service.imports.ImportFailedException;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.CaseStore;
import dev.dialdesk.storage.MissedCallStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The return-call inbox: missed calls from the phone system's export, typed, or pasted from a catch-call
 * SMS; grouped by number (oldest first), matched to an open case, a lead or an internal contact, and done
 * when a call to the number is logged. Not on the event thread.
 */
public final class ReturnCallInbox {

    private static final List<DateTimeFormatter> TIMES = List.of(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm[:ss]"), DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm[:ss]"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private final MissedCallStore store;
    private final CaseStore cases;
    private final ContactDirectory contacts;
    private final LeadLookup leads;
    private final MissedCallFileReader reader;
    private final Settings settings;
    private final Clock clock;

    public ReturnCallInbox(MissedCallStore store, CaseStore cases, ContactDirectory contacts, LeadLookup leads,
                           MissedCallFileReader reader, Settings settings, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.contacts = contacts;
        this.leads = leads;
        this.reader = reader;
        this.settings = settings;
        this.clock = clock;
    }

    /** The open return calls, oldest first, each matched to who it is. */
    public List<ReturnCall> returnCalls() {
        List<ReturnCall> matched = new ArrayList<>();
        for (ReturnCall call : store.open()) {
            matched.add(call.matched(match(call.phone())));
        }
        return matched;
    }

    /** Who a number is: a customer with an open case first, then a lead, then an internal contact. */
    public ReturnCall.Match match(PhoneNumber phone) {
        List<FollowUpCase> open = cases.openForPhone(phone);
        if (!open.isEmpty()) {
            FollowUpCase c = open.get(0);
            return new ReturnCall.Match(ReturnCall.Match.Kind.CASE, c.leadId(), null, c.id(), c.customerName());
        }
        Optional<Lead> lead = leads.byPhone(phone);
        if (lead.isPresent()) {
            return new ReturnCall.Match(ReturnCall.Match.Kind.LEAD, lead.get().id(), null, null, lead.get().name());
        }
        Optional<InternalContact> contact = contacts.findByPhone(phone);
        return contact.map(c -> new ReturnCall.Match(ReturnCall.Match.Kind.CONTACT, null, c.id(), null, c.label()))
                .orElse(ReturnCall.Match.UNKNOWN);
    }

    /** A number typed by the agent, missed now. */
    public boolean addTyped(String number) {
        return store.add(List.of(MissedCall.of(parse(number), clock.instant(), "", MissedCall.Source.TYPED))) == 1;
    }

    /** A pasted catch-call SMS; the time in it (today), or now when it names none. */
    public boolean addSms(String text) {
        ZoneId zone = zone();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        CatchCallSms.Notice notice = CatchCallSms.read(text, today).orElseThrow(() -> new ImportFailedException(
                new Message("cases.inbox.error.sms"), "A pasted text without a number"));
        Instant at = notice.time() == null ? clock.instant() : notice.day().atTime(notice.time()).atZone(zone).toInstant();
        return store.add(List.of(MissedCall.of(parse(notice.number()), at, "", MissedCall.Source.SMS))) == 1;
    }

    /**
     * Imports the phone system's export: every row is checked first (a bad one refuses the file with its
     * line); rows already imported are skipped, so importing the same file twice adds nothing.
     *
     * @return how many missed calls were new
     */
    public int importFile(Path file) {
        List<MissedCall> calls = new ArrayList<>();
        for (MissedCallFileReader.Row row : reader.read(file)) {
            PhoneNumber phone = PhoneNumber.tryParse(row.number(), region())
                    .orElseThrow(() -> bad(file, row.line(), "cases.inbox.error.number"));
            calls.add(MissedCall.of(phone, time(file, row), row.name(), MissedCall.Source.EXPORT));
        }
        return store.add(calls);
    }

    private Instant time(Path file, MissedCallFileReader.Row row) {
        String text = row.time().strip();
        for (DateTimeFormatter format : TIMES) {
            try {
                return LocalDateTime.parse(text, format).atZone(zone()).toInstant();
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        try {
            return clock.instant().atZone(zone()).toLocalDate().atTime(LocalTime.parse(text)).atZone(zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw bad(file, row.line(), "cases.inbox.error.time");
        }
    }

    /** A call to the number was logged at {@code at}: its missed calls up to then are returned. */
    public int called(PhoneNumber phone, Instant at) {
        return store.markReturned(phone, at);
    }

    private PhoneNumber parse(String number) {
        return PhoneNumber.tryParse(number, region()).orElseThrow(() -> new ImportFailedException(
                new Message("cases.error.number", number == null ? "" : number), "Not a phone number for the inbox"));
    }

    private static ImportFailedException bad(Path file, long line, String key) {
        String name = file.getFileName().toString();
        return new ImportFailedException(new Message(key, name, line), "Missed-call file " + name + " line " + line);
    }

    private String region() {
        return settings.get(SettingKeys.PHONE_REGION);
    }

    public ZoneId zone() {
        return settings.get(SettingKeys.CENTRE_ZONE);
    }

    public Instant now() {
        return clock.instant();
    }
}
