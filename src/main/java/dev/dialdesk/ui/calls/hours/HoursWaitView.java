package dev.dialdesk.ui.calls.hours;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.calls.HoursWait;
import dev.dialdesk.ui.calls.CallModels;
import dev.dialdesk.ui.calls.CallView;
import dev.dialdesk.ui.calls.ForwardingCallView;
import dev.dialdesk.ui.common.LatestRequest;
import dev.dialdesk.ui.common.TaskRunner;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The call panel's view with one addition: when the queue has no lead now, it asks (off the event
 * thread) whether leads wait for calling hours and then says how many and when calling opens, in the
 * centre's zone ("531 leads wait for calling hours: Mon 03-16 09:00, Asia/Seoul"). Everything else
 * passes through to the panel.
 */
public final class HoursWaitView extends ForwardingCallView {

    private final HoursWait hours;
    private final AgentId agent;
    private final Messages messages;
    private final LatestRequest latest;
    private final DateTimeFormatter when;
    /** Counts what the panel was shown: an answer for an older "no lead" is dropped. */
    private long shown;

    public HoursWaitView(CallView panel, HoursWait hours, AgentId agent, Messages messages, TaskRunner tasks) {
        super(panel);
        this.hours = hours;
        this.agent = agent;
        this.messages = messages;
        this.latest = new LatestRequest(tasks);
        this.when = dev.dialdesk.ui.common.DayTime.dayAndTime(messages);
    }

    @Override
    public void showNoLead(String message) {
        panel.showNoLead(message);
        long mine = ++shown;
        if (message.equals(messages.get("callscreen.queueEmpty"))) {
            latest.run("Reading the leads waiting for calling hours", () -> hours.now(agent), waiting -> {
                if (mine == shown && waiting.isPresent()) {
                    panel.showNoLead(messages.get("queue.waitingForHours", waiting.get().count(),
                            waiting.get().opens().format(when), waiting.get().opens().getZone().getId()));
                }
            });
        }
    }

    @Override
    public void showLead(CallModels.LeadCard card, List<CallModels.HistoryRow> history) {
        shown++;
        panel.showLead(card, history);
    }

}
