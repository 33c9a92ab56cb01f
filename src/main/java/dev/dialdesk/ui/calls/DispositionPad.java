package dev.dialdesk.ui.calls;

import dev.dialdesk.ui.action.KeyText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javax.swing.JButton;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * The outcome buttons, three by three, each showing its number key: "1 부재". Each button sits in the
 * cell of its key (1 top left, 9 bottom right) whatever the other outcomes are, and only its enabled
 * state follows the call, so a button never moves under the agent's hand.
 */
final class DispositionPad extends JPanel {

    private final IntConsumer onChosen;
    private final List<JButton> buttons = new ArrayList<>();

    DispositionPad(IntConsumer onChosen) {
        super(new MigLayout("insets 0, gap 4", "[grow,fill,sg d][grow,fill,sg d][grow,fill,sg d]",
                "[sg r][sg r][sg r]"));
        this.onChosen = onChosen;
        setName("calls.dispositions");
    }

    void show(List<CallModels.DispositionChoice> choices) {
        removeAll();
        buttons.clear();
        for (CallModels.DispositionChoice choice : choices) {
            JButton button = new JButton(KeyText.of("calls.disposition." + choice.position()) + "  " + choice.label());
            button.setName("calls.disposition." + choice.code());
            button.setFocusable(false);
            button.setHorizontalAlignment(JButton.LEFT);
            button.addActionListener(e -> onChosen.accept(choice.position()));
            buttons.add(button);
            add(button, "h 30!, cell " + (choice.position() - 1) % 3 + " " + (choice.position() - 1) / 3);
        }
        revalidate();
        repaint();
    }

    void setChoosable(boolean choosable) {
        buttons.forEach(b -> b.setEnabled(choosable));
    }
}
