package dev.dialdesk.service.rules;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.service.calls.ActiveCall;
import dev.dialdesk.service.calls.CallService;
import dev.dialdesk.service.contracts.ContractRules;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.storage.jdbc.JdbcContractStore;
import dev.dialdesk.storage.jdbc.JdbcHolidayStore;
import dev.dialdesk.testing.CallLoopFixture;
import java.time.Duration;

/** A call history written by a test, call by call, on a real database (the floor rules' tests). */
final class FloorHistory {

    final CallLoopFixture db;

    FloorHistory(CallLoopFixture db) {
        this.db = db;
    }

    /** The agent calls {@code lead} at {@code seoulStart} for a minute and records {@code disposition}. */
    FloorHistory call(long lead, AgentId agent, String seoulStart, String disposition) {
        db.clock.set(seoulStart);
        CallService calls = db.services().callService();
        ActiveCall call = calls.startCall(agent, lead);
        db.clock.advance(Duration.ofMinutes(1));
        calls.record(call, disposition, "");
        return this;
    }

    ContractService contracts() {
        return new ContractService(new JdbcContractStore(db.database),
                new ContractRules(db.settings, new JdbcHolidayStore(db.database)), db.clock);
    }

    /** A contract saved by hand (no call) on {@code lead} at {@code seoulTime}. */
    Contract contract(long lead, AgentId agent, String seoulTime) {
        db.clock.set(seoulTime);
        return contracts().createFromCall(null, lead, agent, "암보험", 50_000, db.seoul(seoulTime), "AP-" + lead, "");
    }
}
