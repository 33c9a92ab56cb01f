package dev.dialdesk.ui.rules;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.app.RulesServices;
import dev.dialdesk.domain.calls.DefaultDispositions;
import dev.dialdesk.service.calls.ActiveCall;
import dev.dialdesk.service.rules.OpeningScriptService;
import dev.dialdesk.storage.CallLog;
import dev.dialdesk.testing.CallLoopFixture;
import dev.dialdesk.testing.ImmediateTasks;
import dev.dialdesk.ui.calls.DispositionFollowUp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A contract recorded on a call without the opening marked said asks once; the contract entry follows anyway. */
class OpeningCheckFollowUpTest {

    @TempDir
    Path dir;
    private CallLoopFixture db;
    private OpeningScriptService openings;
    private final List<String> followed = new ArrayList<>();
    private int asked;
    private long lead;

    @BeforeEach
    void setUp() {
        db = new CallLoopFixture(dir, "2025-03-11T10:00");
        openings = new RulesServices(db.database, db.settings, db.clock).openings();
        lead = db.lead(db.batch(KIM, "2025-03-10T09:00"), KIM);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private DispositionFollowUp check(boolean answer) {
        DispositionFollowUp contractEntry = (outcome, done) -> {
            followed.add(outcome.disposition().code());
            done.run();
        };
        return new OpeningCheckFollowUp(contractEntry, openings, new ImmediateTasks(), KIM, () -> {
            asked++;
            return answer;
        });
    }

    private DispositionFollowUp.Outcome recorded(String disposition, boolean markedSaid) {
        ActiveCall call = db.services().callService().startCall(KIM, lead);
        if (markedSaid) {
            openings.markSaid(call.clientId(), lead, KIM, false);
        }
        CallLog.Recorded saved = db.services().callService().record(call, disposition, "");
        return new DispositionFollowUp.Outcome(db.services().dispositionStore().find(disposition).orElseThrow(),
                db.services().workQueue().open(KIM, lead).orElseThrow().lead(), saved.attempt());
    }

    @Test
    void aContractWithoutTheOpeningAsksOnceAndYesMarksItAsConfirmedLate() {
        DispositionFollowUp.Outcome contract = recorded(DefaultDispositions.CONTRACT, false);
        boolean[] done = new boolean[1];
        check(true).afterRecorded(contract, () -> done[0] = true);
        assertThat(asked).isEqualTo(1);
        assertThat(done[0]).isTrue();
        assertThat(followed).containsExactly("CONTRACT");
        assertThat(db.count("SELECT count(*) FROM call_opening WHERE late = 1")).isEqualTo(1);
    }

    @Test
    void noLeavesTheCallUnmarkedAndTheContractEntryStillOpens() {
        check(false).afterRecorded(recorded(DefaultDispositions.CONTRACT, false), () -> { });
        assertThat(asked).isEqualTo(1);
        assertThat(followed).containsExactly("CONTRACT");
        assertThat(db.count("SELECT count(*) FROM call_opening")).isZero();
    }

    @Test
    void aContractWithTheOpeningMarkedOrACallbackAsksNothing() {
        check(true).afterRecorded(recorded(DefaultDispositions.CONTRACT, true), () -> { });
        check(true).afterRecorded(recorded(DefaultDispositions.CALLBACK, false), () -> { });
        assertThat(asked).isZero();
        assertThat(followed).containsExactly("CONTRACT", "CALLBACK");
    }
}
