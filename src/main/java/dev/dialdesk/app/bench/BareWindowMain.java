package dev.dialdesk.app.bench;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.EventQueue;
import javax.swing.JFrame;

/**
 * The start-up benchmark's baselines, launched in a child JVM: {@code hello} prints a line and ends (a
 * bare JVM); otherwise a bare FlatLaf {@link JFrame} is shown, a line printed, and the JVM ends. What
 * Dialdesk adds to launch-to-window is its figure minus the bare window's.
 */
public final class BareWindowMain {

    /** Printed when the baseline is done: the benchmark stops its clock at this line. */
    public static final String DONE = "baseline.done";

    private BareWindowMain() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && "hello".equals(args[0])) {
            System.out.println(DONE);
            return;
        }
        EventQueue.invokeLater(() -> {
            FlatLightLaf.setup();
            JFrame frame = new JFrame("Dialdesk start-up baseline");
            frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
            frame.setSize(800, 600);
            frame.setVisible(true);
            System.out.println(DONE);
            System.out.flush();
            System.exit(0);
        });
    }
}
