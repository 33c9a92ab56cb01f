package dev.dialdesk.ui.rules;

import com.formdev.flatlaf.FlatClientProperties;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.ui.action.KeyText;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * The rules' card on the call panel: loud marks on the lead (QA or withdrawal at risk, avoiding calls,
 * consent) and, once the call connects, the opening statement with the key that marks it said.
 */
public final class CallRulesCard extends JPanel implements CallRulesView {

    private final Messages messages;
    private final JPanel marks = new JPanel(new MigLayout("insets 0, gap 0 3, wrap 1, hidemode 3", "[grow,fill]"));
    private final JPanel script = new JPanel(new MigLayout("insets 6 8 6 8, gap 4, wrap 1, hidemode 3", "[grow,fill]"));
    private final JLabel scriptTitle = new JLabel();
    private final JTextArea scriptText = new JTextArea();
    private final JButton said = new JButton();
    private Runnable onSaid = () -> { };

    public CallRulesCard(Messages messages) {
        super(new MigLayout("insets 0, gap 0 4, wrap 1, hidemode 3", "[grow,fill]"));
        this.messages = messages;
        setName("rules.card");
        marks.setName("rules.marks");
        script.setName("rules.script");
        scriptText.setName("rules.script.text");
        scriptText.setEditable(false);
        scriptText.setFocusable(false);
        scriptText.setLineWrap(true);
        scriptText.setWrapStyleWord(true);
        scriptText.setOpaque(false);
        scriptTitle.putClientProperty(FlatClientProperties.STYLE, "font: bold");
        said.setName("rules.openingSaid");
        said.setFocusable(false);
        said.addActionListener(e -> onSaid.run());
        script.add(scriptTitle);
        script.add(scriptText, "wmin 0");
        script.add(said, "right");
        add(marks, "wmin 0");
        add(script, "wmin 0");
        showMarks(List.of());
        hideScript();
    }

    /** What the "said" button and key do. */
    public void onSaid(Runnable action) {
        this.onSaid = action;
    }

    @Override
    public void showMarks(List<Mark> shown) {
        marks.removeAll();
        for (Mark mark : shown) {
            JTextArea line = new JTextArea(mark.text());
            line.setName("rules.mark." + mark.id());
            line.setEditable(false);
            line.setFocusable(false);
            line.setLineWrap(true);
            line.setWrapStyleWord(true);
            line.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
            String tone = mark.level() == Level.LOUD ? "error" : "warning";
            line.setForeground(UIManager.getColor("Dialdesk.call." + tone + ".foreground"));
            line.setBackground(UIManager.getColor("Dialdesk.call." + tone + ".background"));
            if (mark.level() == Level.LOUD) {
                line.putClientProperty(FlatClientProperties.STYLE, "font: bold");
            }
            marks.add(line, "wmin 0");
        }
        marks.setVisible(!shown.isEmpty());
        revalidate();
        repaint();
    }

    @Override
    public void showScript(String text, boolean isSaid) {
        scriptTitle.setText(messages.get("rules.script.title"));
        scriptText.setText(text);
        said.setEnabled(!isSaid);
        said.setText(isSaid ? messages.get("rules.script.said")
                : KeyText.of("calls.openingSaid") + "  " + messages.get("action.calls.openingSaid.name"));
        script.setBackground(UIManager.getColor(isSaid ? "Panel.background" : "Dialdesk.rules.script.background"));
        script.setVisible(true);
        revalidate();
        repaint();
    }

    @Override
    public void hideScript() {
        script.setVisible(false);
        revalidate();
    }
}
