package dev.dialdesk.testing;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.service.contracts.ContractRules;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.storage.jdbc.JdbcContractStore;
import dev.dialdesk.storage.jdbc.JdbcHolidayStore;
import java.nio.file.Path;

/** The call-loop fixture (a real SQLite file, leads, a movable Seoul clock) plus the contract service. */
public final class ContractsFixture implements AutoCloseable {

    public final CallLoopFixture db;
    public final long batch;

    public ContractsFixture(Path dir, String seoulNow) {
        this.db = new CallLoopFixture(dir, seoulNow);
        // Kim's desk: automatic changes (the deadline's returns) are for Kim's contracts only.
        db.settings.set(SettingKeys.AGENT_ID, CallLoopFixture.KIM.value());
        this.batch = db.batch(CallLoopFixture.KIM, "2012-11-01T09:00");
    }

    /** A new service over the same file (as after a restart), built after settings changes. */
    public ContractService service() {
        return new ContractService(new JdbcContractStore(db.database),
                new ContractRules(db.settings, new JdbcHolidayStore(db.database)), db.clock);
    }

    public long lead() {
        return db.lead(batch, CallLoopFixture.KIM);
    }

    /** A contract of Kim's closed at {@code seoulDateTime} with a 35,000 won premium. */
    public Contract contract(ContractService service, AgentId agent, String seoulDateTime) {
        return service.createFromCall(null, lead(), agent, "무배당 종신보험", 35_000, db.seoul(seoulDateTime),
                "AP-1", "");
    }

    @Override
    public void close() {
        db.close();
    }
}
