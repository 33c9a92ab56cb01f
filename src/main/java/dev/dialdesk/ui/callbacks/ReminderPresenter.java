package dev.dialdesk.ui.callbacks;

import dev.dialdesk.ui.common.DayTime;
import dev.dialdesk.ui.common.TaskRunner;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.Urgency;
import dev.dialdesk.domain.agenda.AgendaItem;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackEntry;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.callbacks.CallbackAgenda;
import dev.dialdesk.service.callbacks.CallbackService;
import dev.dialdesk.service.callbacks.ReminderCheck;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The reminders' logic, without Swing: after each check (one indexed query, off the event thread),
 * shows the due callbacks in the notice, asks for attention once per newly due callback, and writes
 * the status bar's next callback and the navigation count.
 */
public final class ReminderPresenter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final CallbackAgenda agenda;
    private final CallbackService service;
    private final Messages messages;
    private final TaskRunner worker;
    private final AgentId agent;
    private final Consumer<Throwable> failed;
    private final Set<Long> notified = new HashSet<>();
    private ReminderView view;
    private boolean checking;
    private Function<AgentId, List<AgendaItem>> otherItems = a -> List.of();

    public ReminderPresenter(CallbackAgenda agenda, CallbackService service, Messages messages, TaskRunner worker,
                             AgentId agent, Consumer<Throwable> failed) {
        this.agenda = agenda;
        this.service = service;
        this.messages = messages;
        this.worker = worker;
        this.agent = agent;
        this.failed = failed;
    }

    /**
     * Also announces other items of the agenda (the case steps) that come due: those open and due within
     * {@link AgendaItem#SOON}. Read off the event thread with the callbacks; they are not snoozed here.
     */
    public void alsoRemind(Function<AgentId, List<AgendaItem>> items) {
        this.otherItems = items;
    }

    public void attach(ReminderView reminderView) {
        this.view = reminderView;
    }

    /** Runs the reminder check (skipped while the previous one still runs). */
    public void check() {
        if (checking) {
            return;
        }
        checking = true;
        worker.run("Checking callback reminders", () -> new Checked(agenda.check(agent), otherItems.apply(agent)),
                result -> {
            checking = false;
            show(result.callbacks(), result.others());
        }, error -> {
            checking = false;
            failed.accept(error);
        });
    }

    /** One check: the callbacks' and the other agenda items (case steps). */
    private record Checked(ReminderCheck callbacks, List<AgendaItem> others) {
    }

    /** Quiets the callback reminders shown now for the snooze length (case steps are snoozed on their screen). */
    public void snooze(List<Long> callbackIds) {
        List<Long> callbacks = callbackIds.stream().filter(id -> id > 0).toList();
        worker.run("Snoozing reminders", () -> {
            service.snoozeReminders(callbacks);
            return new Checked(agenda.check(agent), otherItems.apply(agent));
        }, result -> show(result.callbacks(), result.others()), failed);
    }

    void show(ReminderCheck check) {
        show(check, List.of());
    }

    void show(ReminderCheck check, List<AgendaItem> others) {
        ZoneId zone = agenda.zone();
        List<ReminderView.NoticeLine> lines = new java.util.ArrayList<>(check.remind().stream()
                .map(e -> new ReminderView.NoticeLine(e.callback().id(), describe(e, check.at(), zone),
                        urgency(e.callback(), check.at())))
                .toList());
        others.stream().filter(i -> i.open() && i.dueAt().isBefore(check.at().plus(AgendaItem.SOON)))
                .map(i -> new ReminderView.NoticeLine(-i.sourceId(), messages.get("callbacks.reminder.step",
                        i.dueAt().atZone(zone).format(TIME), i.who(), i.what()),
                        i.dueAt().isBefore(check.at()) ? Urgency.DUE : Urgency.SOON))
                .forEach(lines::add);
        Set<Long> due = new HashSet<>();
        lines.forEach(line -> due.add(line.callbackId()));
        List<ReminderView.NoticeLine> fresh = lines.stream().filter(l -> !notified.contains(l.callbackId())).toList();
        notified.retainAll(due);
        notified.addAll(due);
        if (lines.isEmpty()) {
            view.hideNotice();
        } else {
            view.showNotice(lines);
        }
        if (!fresh.isEmpty()) {
            view.requestAttention(messages.get("callbacks.reminder.title"), fresh.get(0).text());
        }
        view.showNext(check.next().map(e -> describe(e, check.at(), zone)).orElse(messages.get("callbacks.next.none")),
                check.next().map(e -> urgency(e.callback(), check.at())).orElse(null));
        view.showCount(check.openToday(), messages.get("callbacks.nav.title", check.openToday()));
    }

    /**
     * "10:00 홍길동, in 12 min", "10:00 홍길동, 5 min overdue", "03-14 (Fri) 10:00 홍길동, in 2 h 5 min",
     * "03-15 (Sat) 10:00 홍길동, in 3 days".
     */
    String describe(CallbackEntry entry, Instant now, ZoneId zone) {
        Callback c = entry.callback();
        ZonedDateTime due = c.dueAt().atZone(zone);
        java.time.LocalDate today = now.atZone(zone).toLocalDate();
        String time = due.toLocalDate().equals(today) ? due.format(TIME)
                : due.format(DayTime.dayAndTime(messages));
        String who = entry.customerName().isBlank() ? messages.get("callbacks.agenda.lead", c.leadId()) : entry.customerName();
        long minutes = Duration.between(now, c.dueAt()).toMinutes();
        if (c.dueAt().isBefore(now)) {
            return messages.get("callbacks.next.overdue", time, who, Math.max(1, -minutes));
        }
        if (minutes < 120) {
            return messages.get("callbacks.next.inMinutes", time, who, minutes);
        }
        if (minutes >= 24 * 60) { // a long wait reads as days: "03-15 (Sat) 10:00 홍길동, in 3 days"
            return messages.get("callbacks.next.inDays", time, who,
                    java.time.temporal.ChronoUnit.DAYS.between(today, due.toLocalDate()));
        }
        return messages.get("callbacks.next.inHours", time, who, minutes / 60, minutes % 60);
    }

    private static Urgency urgency(Callback c, Instant now) {
        if (c.dueAt().isBefore(now)) {
            return Urgency.DUE;
        }
        return Duration.between(now, c.dueAt()).compareTo(dev.dialdesk.domain.callbacks.AgendaSection.SOON) < 0
                ? Urgency.SOON : null;
    }
}
