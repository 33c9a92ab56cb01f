package dev.dialdesk.ui.calls;

import java.awt.Color;
import javax.swing.UIManager;

/** The theme colours of the call panel's tones (keys in the FlatLaf properties files). */
final class Tones {

    private Tones() {
    }

    static Color foreground(CallModels.Tone tone) {
        return switch (tone == null ? CallModels.Tone.NORMAL : tone) {
            case NORMAL -> UIManager.getColor("Label.foreground");
            case OK -> UIManager.getColor("Dialdesk.success.foreground");
            case WARNING -> UIManager.getColor("Dialdesk.call.warning.foreground");
            case ERROR -> UIManager.getColor("Dialdesk.call.error.foreground");
        };
    }

    /** The banner background of a tone; null for a plain line. */
    static Color background(CallModels.Tone tone) {
        return switch (tone == null ? CallModels.Tone.NORMAL : tone) {
            case WARNING -> UIManager.getColor("Dialdesk.call.warning.background");
            case ERROR -> UIManager.getColor("Dialdesk.call.error.background");
            default -> null;
        };
    }
}
