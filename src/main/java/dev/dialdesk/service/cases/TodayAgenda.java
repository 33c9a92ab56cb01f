package dev.dialdesk.service.cases;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.agenda.AgendaItem;
import dev.dialdesk.domain.cases.CaseStep;
import dev.dialdesk.domain.cases.ChainRules;
import dev.dialdesk.domain.cases.FollowUpCase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The agent's "today" list: booked callbacks and the ready steps of open cases as one list of
 * {@link AgendaItem}s, earliest first (overdue ones on top). Callbacks come through a small adapter
 * ({@link CallbackItems}) so that their scheduler keeps its own rules. Not on the event thread.
 */
public final class TodayAgenda {

    /** The callbacks of the agent as agenda items (open ones to the end of {@code until}). */
    @FunctionalInterface
    public interface CallbackItems {
        CallbackItems NONE = (agent, until) -> List.of();

        List<AgendaItem> items(AgentId agent, Instant until);
    }

    private final CaseService cases;
    private final CallbackItems callbacks;
    private final Clock clock;

    public TodayAgenda(CaseService cases, CallbackItems callbacks, Clock clock) {
        this.cases = cases;
        this.callbacks = callbacks;
        this.clock = clock;
    }

    /** Everything due by the end of today, and everything overdue, earliest first. */
    public List<AgendaItem> today(AgentId agent) {
        ZoneId zone = cases.zone();
        Instant endOfDay = clock.instant().atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        List<AgendaItem> items = new ArrayList<>(callbacks.items(agent, endOfDay));
        for (FollowUpCase c : cases.cases(agent, true)) {
            for (CaseStep step : ChainRules.ready(c)) {
                if (step.dueAt().isBefore(endOfDay)) {
                    items.add(item(c, step));
                }
            }
        }
        items.sort(Comparator.comparing(AgendaItem::dueAt).thenComparing(AgendaItem::source));
        return items;
    }

    static AgendaItem item(FollowUpCase c, CaseStep step) {
        String who = step.party().isCustomer() ? c.customerName() : step.party().name();
        return new AgendaItem(AgendaItem.Source.CASE_STEP, step.id(), step.party().isCustomer() ? c.leadId() : null,
                c.id(), step.dueAt(), who, step.question(), step.state().isOpen());
    }

    public ZoneId zone() {
        return cases.zone();
    }

    public Instant now() {
        return clock.instant();
    }
}
