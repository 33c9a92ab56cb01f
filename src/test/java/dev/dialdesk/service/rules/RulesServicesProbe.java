package dev.dialdesk.service.rules;

import dev.dialdesk.app.RulesServices;
import dev.dialdesk.testing.CallLoopFixture;

/** The rules' services over a test's database, as the composition root builds them. */
final class RulesServicesProbe {

    private final RulesServices services;

    RulesServicesProbe(CallLoopFixture db) {
        this.services = new RulesServices(db.database, db.settings, db.clock);
    }

    LeadMarksService marks() {
        return services.marks();
    }

    FloorQueueRules queueRules() {
        return services.queueRules();
    }
}
