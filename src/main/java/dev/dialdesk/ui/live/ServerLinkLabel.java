package dev.dialdesk.ui.live;

import dev.dialdesk.domain.i18n.Messages;
import javax.swing.JLabel;
import javax.swing.Timer;
import javax.swing.UIManager;

/**
 * The status bar's word on the link to the team server: empty while it is fine, "Server unreachable since
 * 10:02 — retrying" while it is not, "Server back" for a few seconds once it is. Event thread only.
 */
public final class ServerLinkLabel extends JLabel {

    private static final int BACK_SHOWN_MS = 5_000;
    private final Messages messages;
    private final Timer hideBack;

    public ServerLinkLabel(Messages messages) {
        this.messages = messages;
        setName("team.live.link");
        setToolTipText(messages.get("team.live.tooltip"));
        hideBack = new Timer(BACK_SHOWN_MS, e -> setText(""));
        hideBack.setRepeats(false);
    }

    /** @param since the time the link broke, as the centre's clock reads it ("10:02") */
    public void showLost(String since) {
        hideBack.stop();
        setForeground(UIManager.getColor("Dialdesk.error.foreground"));
        setText(messages.get("team.live.lost", since));
    }

    public void showBack() {
        setForeground(UIManager.getColor("Dialdesk.success.foreground"));
        setText(messages.get("team.live.back"));
        hideBack.restart();
    }
}
