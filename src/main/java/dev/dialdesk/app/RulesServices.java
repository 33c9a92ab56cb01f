package dev.dialdesk.app;

import dev.dialdesk.service.contracts.ContractRules;
import dev.dialdesk.service.rules.FloorFiguresService;
import dev.dialdesk.service.rules.HappyCallService;
import dev.dialdesk.service.rules.OpeningScriptService;
import dev.dialdesk.service.rules.FloorQueueRules;
import dev.dialdesk.service.rules.LeadMarksService;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.jdbc.JdbcCallLog;
import dev.dialdesk.storage.jdbc.JdbcContractStore;
import dev.dialdesk.storage.jdbc.JdbcDatabase;
import dev.dialdesk.storage.jdbc.JdbcDispositionStore;
import dev.dialdesk.storage.jdbc.JdbcFloorStats;
import dev.dialdesk.storage.jdbc.JdbcHappyCalls;
import dev.dialdesk.storage.jdbc.JdbcHolidayStore;
import dev.dialdesk.storage.jdbc.JdbcOpeningScripts;
import java.time.Clock;

/**
 * The rules of a Korean insurance floor and the floor's numbers (issue 16), built on one database: the
 * queue's rules, the marks on a lead (consent, avoiding calls, at risk) and the stats' floor figures.
 */
public final class RulesServices {

    private final FloorQueueRules queueRules;
    private final LeadMarksService marks;
    private final FloorFiguresService figures;
    private final OpeningScriptService openings;
    private final HappyCallService happyCalls;

    public RulesServices(JdbcDatabase database, Settings settings, Clock clock) {
        JdbcFloorStats floorStats = new JdbcFloorStats(database);
        JdbcCallLog log = new JdbcCallLog(database);
        JdbcDispositionStore dispositions = new JdbcDispositionStore(database);
        this.queueRules = new FloorQueueRules(settings, floorStats, log, dispositions);
        this.marks = new LeadMarksService(log, dispositions, new JdbcContractStore(database), floorStats,
                new ContractRules(settings, new JdbcHolidayStore(database)), settings, clock);
        this.figures = new FloorFiguresService(floorStats, marks);
        this.openings = new OpeningScriptService(new JdbcOpeningScripts(database), settings, clock);
        this.happyCalls = new HappyCallService(new JdbcHappyCalls(database), new JdbcContractStore(database),
                settings, clock);
    }

    public OpeningScriptService openings() {
        return openings;
    }

    public HappyCallService happyCalls() {
        return happyCalls;
    }

    public FloorQueueRules queueRules() {
        return queueRules;
    }

    public LeadMarksService marks() {
        return marks;
    }

    public FloorFiguresService figures() {
        return figures;
    }
}
