package dev.dialdesk.ui.cases;

import dev.dialdesk.domain.cases.CaseStep;
import dev.dialdesk.domain.cases.FollowUpCase;
import dev.dialdesk.service.cases.CaseService;
import dev.dialdesk.ui.action.BaseAction;
import dev.dialdesk.domain.i18n.Messages;
import javax.swing.Action;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import net.miginfocom.swing.MigLayout;

/**
 * The case beside the call screen: when the customer (or internal contact) on the line has an open
 * case, its title, the step being called and a field for the answer (Enter saves it); then the chain's
 * next step is proposed at once. Hidden when the call has no case.
 */
public final class CaseCard extends JPanel {

    private final CasesPresenter presenter;
    private final CaseTexts texts;
    private final JLabel title = new JLabel();
    private final JLabel step = new JLabel();
    private final JTextField answer = new JTextField(20);
    private final JLabel next = new JLabel(" ");
    private final JLabel timeline = new JLabel(" ");
    private CaseService.CallContext context;

    public CaseCard(CasesPresenter presenter, CaseTexts texts, Messages messages) {
        super(new MigLayout("insets 6, wrap 1, hidemode 3", "[grow, fill]"));
        this.presenter = presenter;
        this.texts = texts;
        setName("cases.card");
        title.setName("cases.card.title");
        step.setName("cases.card.step");
        answer.setName("cases.card.answer");
        next.setName("cases.card.next");
        timeline.setName("cases.card.timeline");
        add(title);
        add(step);
        add(answer);
        add(next);
        add(timeline);
        answer.addActionListener(e -> save());
        BaseAction focus = BaseAction.of("cases.card.focusAnswer", messages, answer::requestFocusInWindow);
        KeyStroke key = (KeyStroke) focus.getValue(Action.ACCELERATOR_KEY);
        getInputMap(WHEN_IN_FOCUSED_WINDOW).put(key, focus.id());
        getActionMap().put(focus.id(), focus);
        setVisible(false);
    }

    /** Shows the case a call belongs to and the customer's cases; hidden when there is neither. */
    public void show(CasesPresenter.CardContent content) {
        CaseService.CallContext shown = content.context();
        this.context = shown;
        timeline.setText(content.customerCases().isEmpty() ? " " : texts.get("cases.card.timeline",
                content.customerCases().stream().map(c -> texts.get("cases.card.timelineItem", c.id(), c.title(),
                        texts.state(c), texts.when(c.closedAt() != null ? c.closedAt() : c.createdAt())))
                        .collect(java.util.stream.Collectors.joining("  ·  "))));
        setVisible(shown != null || !content.customerCases().isEmpty());
        step.setVisible(shown != null);
        answer.setVisible(shown != null);
        if (shown == null) {
            title.setText(texts.get("cases.card.noOpenCase"));
            next.setText(" ");
            revalidate();
            return;
        }
        FollowUpCase c = shown.followUp();
        title.setText(texts.get("cases.card.title", c.id(), c.title(), texts.summary(c)));
        CaseStep s = shown.step();
        step.setText(s == null ? texts.get("cases.card.noStep") : texts.get("cases.card.step", s.position(),
                texts.party(s.party()), s.question()));
        answer.setEnabled(s != null);
        answer.setText("");
        next.setText(" ");
        revalidate();
    }

    private void save() {
        if (context == null || context.step() == null || answer.getText().isBlank()) {
            return;
        }
        FollowUpCase c = context.followUp();
        presenter.answer(c, context.step(), answer.getText(), change -> {
            answer.setText("");
            answer.setEnabled(false);
            next.setText(texts.describe(change));
            context = new CaseService.CallContext(change.followUp(), null);
        });
    }
}
