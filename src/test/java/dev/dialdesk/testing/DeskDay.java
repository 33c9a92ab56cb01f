package dev.dialdesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.app.AppOptions;
import dev.dialdesk.app.AppPaths;
import dev.dialdesk.app.CompositionRoot;
import dev.dialdesk.app.StatsServices;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.DateRange;
import dev.dialdesk.domain.callbacks.BookingRequest;
import dev.dialdesk.domain.callbacks.CallbackKind;
import dev.dialdesk.domain.calls.CallAttempt;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.service.calls.CallSession;
import dev.dialdesk.service.imports.ImportProgress;
import dev.dialdesk.service.imports.ImportRequest;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.stats.AgentMetrics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * An agent's working day on a desk's own file, by the real app's services (Tuesday 10 March 2026 in
 * Seoul): the sample CSV imported, five calls, a callback booked, a contract with a QA case, a
 * do-not-call request; and the dashboard's figures of that day.
 */
public final class DeskDay {

    public static final Path SAMPLE = Path.of("sample-data", "leads-cp949.csv");
    public static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    private DeskDay() {
    }

    /** A desk on its own file {@code database} in {@code folder}, its agent registered as at a first start. */
    public static CompositionRoot desk(Path folder, Path database, Agent agent, MutableClock clock) {
        CompositionRoot root = new CompositionRoot(AppOptions.parse("--db", database.toString(), "--lang", "en"),
                AppPaths.resolve(Map.of(AppPaths.DATA_DIR_ENV, folder.toString()), "Linux", folder, database, false),
                clock);
        root.settings().set(SettingKeys.CENTRE_ZONE, TestClocks.SEOUL);
        root.registerAgent(agent);
        return root;
    }

    /** The sample CSV, five calls, a callback booked, a contract with a QA case, a do-not-call request. */
    public static void work(CompositionRoot desk, AgentId agent, MutableClock clock) {
        assertThat(desk.leadImportService().importFile(new ImportRequest(SAMPLE, agent, null, null), ImportProgress.NONE)
                .imported()).isGreaterThan(400);
        CallSession session = desk.calls().session(agent);
        call(session, "NO_ANSWER", clock);
        CallAttempt callback = call(session, "CALLBACK", clock);
        desk.callbacks().service().book(new BookingRequest(callback.leadId(), agent,
                ZonedDateTime.now(clock).plusDays(1).withHour(11).withMinute(0), null, "내일 11시", true,
                CallbackKind.NORMAL, null), true);
        CallAttempt sold = call(session, "CONTRACT", clock);
        Contract contract = desk.contracts().service().createFromCall(sold.id(), sold.leadId(), agent, "종신보험", 52_000,
                clock.instant(), "AP-1001", "");
        desk.contracts().service().requireReRecording(contract.id(), "녹취 불량", DAY, agent);
        call(session, "DO_NOT_CALL", clock);
        call(session, "THINKING", clock);
    }

    /** The next lead dialled, 90 s of talk, {@code outcome} recorded, 30 s of wrap-up. */
    public static CallAttempt call(CallSession session, String outcome, MutableClock clock) {
        session.next();
        session.dial();
        clock.advance(Duration.ofSeconds(90));
        CallAttempt recorded = session.record(outcome, "");
        clock.advance(Duration.ofSeconds(30));
        return recorded;
    }

    /** The dashboard's figures of {@link #DAY} for {@code agent}. */
    public static AgentMetrics dashboard(StatsServices stats, AgentId agent) {
        return stats.stats().report(DateRange.day(DAY), Optional.of(agent)).agents().stream()
                .filter(a -> a.agent().equals(agent)).findFirst().orElseThrow();
    }
}
