package dev.dialdesk.ui.calls;

import java.awt.Color;
import javax.swing.BorderFactory;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/**
 * A wrapping line of text that turns into a coloured banner for warnings and errors. Read-only and
 * never focused, so that the loop's number keys keep working.
 */
final class Banner extends JTextArea {

    Banner(String name) {
        setName(name);
        setEditable(false);
        setFocusable(false);
        setLineWrap(true);
        setWrapStyleWord(true);
        setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        show(null, null);
    }

    /** Shows {@code text} in {@code tone}; hides the banner for a null or blank text. */
    void show(String text, CallModels.Tone tone) {
        setVisible(text != null && !text.isBlank());
        setText(text == null ? "" : text);
        setForeground(Tones.foreground(tone));
        Color background = Tones.background(tone);
        setOpaque(background != null);
        setBackground(background != null ? background : UIManager.getColor("Panel.background"));
    }

    @Override
    public void updateUI() {
        super.updateUI();
        setFont(UIManager.getFont("Label.font"));
    }
}
