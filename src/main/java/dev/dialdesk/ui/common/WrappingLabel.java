package dev.dialdesk.ui.common;

import java.awt.Dimension;
import java.awt.Insets;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import javax.swing.JLabel;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.text.View;

/**
 * A label whose text wraps at its width onto as many lines as it needs ("2025-03-10 신규 DB 실손 1차" in a
 * narrow column reads whole on two lines, never "2025-03-10 신규…"): it asks for the height of its text
 * wrapped at the width it was given, and for its one-line width before the first layout. The whole text
 * is also its tooltip. Plain text in, shown as is (no markup).
 */
public final class WrappingLabel extends JLabel {

    private String plain = "";
    private int measuredWidth = -1;
    private final boolean centred;

    public WrappingLabel(String text) {
        this(text, false);
    }

    /** @param centred each line centred (an empty screen's words), else each starts at the left */
    public WrappingLabel(String text, boolean centred) {
        this.centred = centred;
        setVerticalAlignment(TOP);
        if (centred) {
            setHorizontalAlignment(CENTER);
        }
        setWrapped(text);
        addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                if (getWidth() != measuredWidth) {
                    revalidate(); // wrap again for the new width
                }
            }
        });
    }

    /** Shows {@code text} (plain), wrapped at the label's width. */
    public void setWrapped(String text) {
        plain = text == null ? "" : text;
        setText(centred ? "<html><div align=center>" + escaped(plain) + "</div></html>" : "<html>" + escaped(plain) + "</html>");
        setToolTipText(plain.isBlank() ? null : plain);
    }

    /** The text shown, without the markup that wraps it. */
    public String plainText() {
        return plain;
    }

    @Override
    public Dimension getPreferredSize() {
        Dimension oneLine = super.getPreferredSize();
        View view = (View) getClientProperty(BasicHTML.propertyKey);
        if (getWidth() <= 0 || view == null || isPreferredSizeSet()) {
            measuredWidth = getWidth();
            return oneLine;
        }
        measuredWidth = getWidth();
        Insets insets = getInsets();
        int inner = Math.max(1, measuredWidth - insets.left - insets.right);
        view.setSize(inner, 0);
        int height = (int) Math.ceil(view.getPreferredSpan(View.Y_AXIS)) + insets.top + insets.bottom;
        return new Dimension(Math.min(oneLine.width, measuredWidth), Math.max(height, 1));
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
