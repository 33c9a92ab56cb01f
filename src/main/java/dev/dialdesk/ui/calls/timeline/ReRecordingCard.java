package dev.dialdesk.ui.calls.timeline;

import com.formdev.flatlaf.FlatClientProperties;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.ui.action.KeyText;
import dev.dialdesk.ui.calls.Banner;
import dev.dialdesk.ui.calls.CallModels;
import java.awt.Font;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;

/**
 * The QA re-recording on the customer on screen, under the lead: which contract, the deadline in the
 * centre's zone and its countdown (moved on every minute), and the re-recorded key. Hidden when the
 * customer has no open re-recording.
 */
public final class ReRecordingCard extends JPanel {

    private static final int MINUTE_MS = 60_000;

    private final JLabel title = new JLabel(" ");
    private final Banner detail = new Banner("calls.reRecording.detail");
    private final JButton done = new JButton();
    private final Timer minutes;

    public ReRecordingCard(Messages messages) {
        super(new MigLayout("insets 4 0 0 0, gap 6 2, wrap 2, fillx, hidemode 3", "[grow,fill][]"));
        setName("calls.reRecording");
        title.setName("calls.reRecording.title");
        title.setFont(title.getFont().deriveFont(Font.BOLD));
        done.setName("calls.reRecorded");
        done.setText(KeyText.of("calls.reRecorded") + "  " + messages.get("action.calls.reRecorded.name"));
        done.setToolTipText(messages.get("action.calls.reRecorded.description"));
        done.setFocusable(false);
        done.putClientProperty(FlatClientProperties.STYLE, "font: bold");
        add(title);
        add(done, "aligny top");
        add(detail, "span 2, wmin 0"); // the whole width: fewer lines, so the card stays whole in a short column
        minutes = new Timer(MINUTE_MS, null);
        setVisible(false);
    }

    /** What the button and the minute timer do (the presenter's re-recorded key and tick). */
    public void wire(Runnable reRecorded, Runnable tick) {
        done.addActionListener(e -> reRecorded.run());
        minutes.addActionListener(e -> tick.run());
    }

    void show(TimelineModels.ReRecording reRecording) {
        if (reRecording == null) {
            minutes.stop();
            setVisible(false);
        } else {
            title.setText(reRecording.title());
            detail.show(reRecording.detail(), reRecording.urgent() ? CallModels.Tone.ERROR : CallModels.Tone.WARNING);
            setVisible(true);
            minutes.start();
        }
        revalidate();
    }
}
