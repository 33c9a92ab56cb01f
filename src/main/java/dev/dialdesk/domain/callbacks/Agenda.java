package dev.dialdesk.domain.callbacks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The agent's callbacks by section at one instant, today's callbacks for the day timeline, and the
 * callbacks without a time (the booking was cancelled after 예약콜), shown first until a time is booked.
 */
public record Agenda(Instant now, ZoneId zone, Map<AgendaSection, List<CallbackEntry>> sections,
                     List<UnscheduledCallback> withoutTime) {

    public Agenda(Instant now, ZoneId zone, Map<AgendaSection, List<CallbackEntry>> sections) {
        this(now, zone, sections, List.of());
    }

    public Agenda {
        withoutTime = List.copyOf(withoutTime);
        Map<AgendaSection, List<CallbackEntry>> copy = new EnumMap<>(AgendaSection.class);
        for (AgendaSection section : AgendaSection.values()) {
            copy.put(section, List.copyOf(sections.getOrDefault(section, List.of())));
        }
        sections = Collections.unmodifiableMap(copy);
    }

    /** Sorts {@code entries} into sections (each keeps the order it was given in). */
    public static Agenda of(Collection<CallbackEntry> entries, Instant now, ZoneId zone) {
        Map<AgendaSection, List<CallbackEntry>> sections = new EnumMap<>(AgendaSection.class);
        for (CallbackEntry entry : entries) {
            sections.computeIfAbsent(AgendaSection.of(entry.callback(), now, zone), s -> new ArrayList<>()).add(entry);
        }
        return new Agenda(now, zone, sections);
    }

    /** The same agenda with {@code unscheduled} as its callbacks without a time. */
    public Agenda withoutTime(List<UnscheduledCallback> unscheduled) {
        return new Agenda(now, zone, sections, unscheduled);
    }

    public List<CallbackEntry> section(AgendaSection section) {
        return sections.get(section);
    }

    /** Callbacks still to be called today or before (without a time, overdue, due soon, later today). */
    public int openToday() {
        return withoutTime.size() + section(AgendaSection.OVERDUE).size() + section(AgendaSection.DUE_SOON).size()
                + section(AgendaSection.LATER_TODAY).size();
    }

    /** Every callback due today, whatever its status: the day timeline. */
    public List<CallbackEntry> today() {
        LocalDate today = now.atZone(zone).toLocalDate();
        List<CallbackEntry> result = new ArrayList<>();
        for (List<CallbackEntry> list : sections.values()) {
            for (CallbackEntry entry : list) {
                if (entry.callback().dueAt().atZone(zone).toLocalDate().equals(today)) {
                    result.add(entry);
                }
            }
        }
        result.sort((a, b) -> a.callback().dueAt().compareTo(b.callback().dueAt()));
        return result;
    }
}
