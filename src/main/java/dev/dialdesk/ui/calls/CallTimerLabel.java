package dev.dialdesk.ui.calls;

import java.awt.Font;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.swing.JLabel;
import javax.swing.Timer;
import javax.swing.UIManager;

/** The call timer: runs from dial to hang-up. Its Swing timer only redraws the text from the clock. */
final class CallTimerLabel extends JLabel {

    private final Clock clock;
    private final Timer ticker;
    private Instant startedAt;

    CallTimerLabel(Clock clock) {
        super("0:00");
        this.clock = clock;
        setName("calls.timer");
        setFont(getFont().deriveFont(Font.BOLD, getFont().getSize2D() * 1.6f));
        ticker = new Timer(500, e -> tick());
        reset();
    }

    void start(Instant from) {
        startedAt = from;
        setForeground(UIManager.getColor("Dialdesk.call.timer.running.foreground"));
        tick();
        ticker.start();
    }

    void stop(Duration talk) {
        ticker.stop();
        startedAt = null;
        setForeground(UIManager.getColor("Label.foreground"));
        setText(CallTexts.duration(talk));
    }

    void reset() {
        ticker.stop();
        startedAt = null;
        setForeground(UIManager.getColor("Dialdesk.muted.foreground"));
        setText("0:00");
    }

    private void tick() {
        if (startedAt != null) {
            setText(CallTexts.duration(Duration.between(startedAt, clock.instant())));
        }
    }
}
