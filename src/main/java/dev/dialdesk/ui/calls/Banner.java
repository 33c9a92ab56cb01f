package dev.dialdesk.ui.calls;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import javax.swing.text.View;
import javax.swing.BorderFactory;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/**
 * A wrapping line of text that turns into a coloured banner for warnings and errors. Read-only and
 * never focused, so that the loop's number keys keep working.
 */
public final class Banner extends JTextArea {

    /** The width wrapped for before the first layout. */
    private static final int FIRST_WIDTH = 380;
    private int measuredWidth = FIRST_WIDTH;

    public Banner(String name) {
        setName(name);
        setEditable(false);
        setFocusable(false);
        setLineWrap(true);
        setWrapStyleWord(true);
        setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        show(null, null);
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                if (getWidth() != measuredWidth) {
                    revalidate(); // wrap again for the new width
                }
            }
        });
    }

    /** The height the text needs when wrapped at the banner's width (not at width 0, as a text area would). */
    @Override
    public Dimension getPreferredSize() {
        measuredWidth = getWidth() > 0 ? getWidth() : FIRST_WIDTH;
        Insets insets = getInsets();
        View root = getUI().getRootView(this);
        root.setSize(Math.max(1, measuredWidth - insets.left - insets.right), Integer.MAX_VALUE);
        int height = (int) Math.ceil(root.getPreferredSpan(View.Y_AXIS)) + insets.top + insets.bottom;
        return new Dimension(measuredWidth, height);
    }

    /** Shows {@code text} in {@code tone}; hides the banner for a null or blank text. */
    public void show(String text, CallModels.Tone tone) {
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
