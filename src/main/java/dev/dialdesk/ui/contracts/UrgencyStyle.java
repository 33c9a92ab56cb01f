package dev.dialdesk.ui.contracts;

import dev.dialdesk.domain.Urgency;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.TextAttribute;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * Paints a component by urgency from the theme keys {@code Dialdesk.urgency.<level>.*}: calm, amber,
 * red, and bold white on red when critical; grey when done; struck through when returned.
 */
final class UrgencyStyle {

    private UrgencyStyle() {
    }

    /**
     * @param base       the component's normal font
     * @param foreground the normal foreground (when the theme has no key)
     * @param struck     draw the text struck through (returned)
     * @return whether the component paints its own (critical) background
     */
    static boolean apply(JComponent component, Urgency urgency, Font base, Color foreground, boolean struck) {
        Color fg = UIManager.getColor(key(urgency) + ".foreground");
        component.setForeground(fg != null ? fg : foreground);
        Font font = urgency == Urgency.CRITICAL || urgency == Urgency.DUE || urgency == Urgency.EXPIRED
                ? base.deriveFont(Font.BOLD) : base.deriveFont(Font.PLAIN);
        if (struck) {
            font = base.deriveFont(Font.PLAIN).deriveFont(Map.of(TextAttribute.STRIKETHROUGH, TextAttribute.STRIKETHROUGH_ON));
        }
        component.setFont(font);
        Color bg = urgency == Urgency.CRITICAL ? UIManager.getColor(key(urgency) + ".background") : null;
        if (bg != null) {
            component.setBackground(bg);
            component.setOpaque(true);
            return true;
        }
        return false;
    }

    /** Expired open cases use the red of "due" until they are returned; returned ones are grey. */
    private static String key(Urgency urgency) {
        return switch (urgency) {
            case EXPIRED -> Urgency.DUE.themeKey();
            default -> urgency.themeKey();
        };
    }
}
