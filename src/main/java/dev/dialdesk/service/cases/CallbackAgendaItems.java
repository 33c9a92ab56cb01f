package dev.dialdesk.service.cases;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.agenda.AgendaItem;
import dev.dialdesk.domain.callbacks.Agenda;
import dev.dialdesk.domain.callbacks.AgendaSection;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackEntry;
import dev.dialdesk.service.callbacks.CallbackAgenda;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The adapter from the callback scheduler's agenda to the common "today" list: open callbacks only. */
public final class CallbackAgendaItems implements TodayAgenda.CallbackItems {

    private final CallbackAgenda agenda;

    public CallbackAgendaItems(CallbackAgenda agenda) {
        this.agenda = agenda;
    }

    @Override
    public List<AgendaItem> items(AgentId agent, Instant until) {
        Agenda loaded = agenda.agenda(agent);
        List<AgendaItem> items = new ArrayList<>();
        for (AgendaSection section : List.of(AgendaSection.OVERDUE, AgendaSection.DUE_SOON, AgendaSection.LATER_TODAY,
                AgendaSection.NEXT_DAYS)) {
            for (CallbackEntry entry : loaded.section(section)) {
                Callback c = entry.callback();
                if (c.dueAt().isBefore(until)) {
                    items.add(new AgendaItem(AgendaItem.Source.CALLBACK, c.id(), c.leadId(), null, c.dueAt(),
                            entry.customerName(), c.note(), true));
                }
            }
        }
        return items;
    }
}
