package dev.dialdesk.ui.rules;

import dev.dialdesk.ui.common.DayTime;
import com.formdev.flatlaf.FlatClientProperties;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.rules.LeadMarksService;
import dev.dialdesk.ui.common.TaskRunner;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * Under the QA deadlines card: the agent's open QA cases at risk (customer not answering, or the
 * deadline within a day), loud, with the hours at which each customer answered before. Hidden when none.
 */
public final class QaRiskCard extends JPanel {

    private final DateTimeFormatter due;

    private final Messages messages;
    private final LeadMarksService marks;
    private final TaskRunner tasks;
    private final AgentId agent;
    private final Supplier<ZoneId> zone;

    public QaRiskCard(Messages messages, LeadMarksService marks, TaskRunner tasks, AgentId agent, Supplier<ZoneId> zone) {
        super(new MigLayout("insets 4 8 8 8, gap 0 3, wrap 1, hidemode 3", "[grow,fill]"));
        this.messages = messages;
        this.due = DayTime.dayAndTime(messages);
        this.marks = marks;
        this.tasks = tasks;
        this.agent = agent;
        this.zone = zone;
        setName("rules.qaRisk");
        setVisible(false);
    }

    /** Reads the cases at risk again (off the event thread) and shows them. */
    public void reload() {
        tasks.run("Reading the QA cases at risk", () -> marks.qaAtRisk(Optional.of(agent)), this::show);
    }

    private void show(List<LeadMarksService.QaAtRisk> cases) {
        removeAll();
        for (int i = 0; i < cases.size(); i++) {
            LeadMarksService.QaAtRisk c = cases.get(i);
            String reasons = c.reasons().stream().map(r -> messages.get("rules.reason.qa." + r.name()))
                    .collect(Collectors.joining(", "));
            String hours = c.answeredHours().isEmpty() ? "—" : c.answeredHours().stream()
                    .map(h -> messages.get("rules.mark.hour", h)).collect(Collectors.joining(" · "));
            JLabel line = new JLabel(messages.get("rules.qaRisk.row", c.product(), c.contractId(), reasons,
                    due.format(c.deadline().atZone(zone.get())), hours));
            line.setName("rules.qaRisk." + i);
            line.setForeground(UIManager.getColor("Dialdesk.call.error.foreground"));
            line.putClientProperty(FlatClientProperties.STYLE, "font: bold");
            add(line, "wmin 0");
        }
        setVisible(!cases.isEmpty());
        revalidate();
        repaint();
    }
}
