package dev.dialdesk.io.reports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.rules.ContactHours;
import dev.dialdesk.domain.rules.OutcomeFates;
import dev.dialdesk.service.stats.FloorFigures;

/**
 * The floor's numbers in {@code stats --json} (docs/metrics.md): per agent and team
 * {@code thinking_leads, thinking_contracted_7d, thinking_contracted_30d, thinking_lost} and the same for
 * {@code callback_} and {@code refused_}, the best contact hours; and a {@code floor} object.
 */
final class FloorJson {

    static final int BEST_HOURS = 3;
    static final int BEST_HOURS_MIN_DIALS = 5;

    private FloorJson() {
    }

    /** Adds the fates and best hours of {@code agent} (null: the team) to its metrics object. */
    static void agent(ObjectNode node, FloorFigures floor, AgentId agent) {
        for (OutcomeFates.Kind kind : OutcomeFates.Kind.values()) {
            OutcomeFates.Counts counts = agent == null ? floor.fates().team(kind) : floor.fates().of(agent, kind);
            node.put(kind.field() + "_leads", counts.leads());
            node.put(kind.field() + "_contracted_7d", counts.contracted7d());
            node.put(kind.field() + "_contracted_30d", counts.contracted30d());
            node.put(kind.field() + "_lost", counts.lost());
        }
        ContactHours hours = agent == null ? floor.teamHours() : floor.hoursOf(agent);
        ArrayNode best = node.putArray("best_hours");
        hours.best(BEST_HOURS, BEST_HOURS_MIN_DIALS).forEach(h -> best.add(h.hour()));
    }

    /** The {@code floor} object: what is at risk today and the team's contact rate by hour of the day. */
    static void root(ObjectNode root, FloorFigures floor) {
        ObjectNode node = root.putObject("floor");
        node.put("qa_at_risk_today", floor.qaAtRiskToday());
        node.put("withdrawal_at_risk", floor.withdrawalAtRisk());
        ArrayNode byWeekday = node.putArray("team_contact_by_weekday_hour");
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            for (int h = 0; h < 24; h++) {
                int dials = floor.teamHours().dials(day, h);
                if (dials > 0) {
                    byWeekday.addObject().put("weekday", day.name()).put("hour", h).put("dials", dials)
                            .put("contacts", floor.teamHours().contacts(day, h));
                }
            }
        }
        ArrayNode byHour = node.putArray("team_contact_by_hour");
        for (ContactHours.Hour hour : floor.teamHours().byHour()) {
            if (hour.dials() > 0) {
                byHour.addObject().put("hour", hour.hour()).put("dials", hour.dials()).put("contacts", hour.contacts())
                        .put("contact_rate", Math.round(hour.rate() * 10_000) / 10_000.0);
            }
        }
    }
}
