package dev.dialdesk.testing;

import dev.dialdesk.app.CallLoopServices;
import dev.dialdesk.app.CaseServices;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.calls.Appointments;
import dev.dialdesk.service.calls.DueCallbacks;
import dev.dialdesk.service.calls.PremiumSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The call loop's fixture (a real SQLite file, leads by SQL) with the follow-up chains over it: cases,
 * internal contacts imported from a real CSV file, the inbox, and a call loop whose queue has the
 * return calls.
 */
public final class CasesFixture implements AutoCloseable {

    public static final String CONTACTS_CSV = "이름,팀,연락처,근무시간,점심시간\n"
            + "박생산,생산팀,02-555-1001,09:00-18:00,12:00-13:00\n"
            + "최자재,자재팀,02-555-1002,09:00-18:00,12:00-13:00\n"
            + "정배송,배송,02-555-1003,09:00-18:00,\n";

    public final CallLoopFixture loop;
    public final CaseServices cases;
    public final Path dir;
    private CallLoopServices calls;

    public CasesFixture(Path dir, String seoulNow) {
        this.dir = dir;
        this.loop = new CallLoopFixture(dir, seoulNow);
        this.cases = new CaseServices(loop.database, loop.settings, loop.clock);
        cases.seedTemplates(Messages.forLocale(Locale.KOREAN));
    }

    /** Writes {@code text} to a file in the test folder (UTF-8, or MS949 with {@code excel}). */
    public Path file(String name, String text, boolean excel) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(excel ? java.nio.charset.Charset.forName("x-windows-949") : StandardCharsets.UTF_8));
        return file;
    }

    public void importContacts() throws IOException {
        cases.contacts().importFile(file("contacts.csv", CONTACTS_CSV, true));
    }

    /** The call loop with return calls in its queue (no callbacks, no appointments). */
    public CallLoopServices calls() {
        if (calls == null) {
            calls = new CallLoopServices(loop.database, loop.settings, loop.clock, DueCallbacks.NONE, Appointments.NONE,
                    PremiumSource.NONE, cases.returnCalls());
            cases.listenTo(calls.callService());
        }
        return calls;
    }

    @Override
    public void close() {
        loop.close();
    }
}
