package dev.dialdesk.ui.common;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Insets;
import javax.swing.SwingUtilities;

/**
 * A flow layout for toolbars that wraps onto a second row when the window is too narrow, and says so
 * in its preferred height (a plain {@link FlowLayout} wraps but keeps asking for one row, so the
 * second row is cut off). Its minimum width is its widest component: a toolbar never forces the
 * window wider.
 */
public final class WrapLayout extends FlowLayout {

    private int laidOutHeight = -1;

    public WrapLayout(int align, int hgap, int vgap) {
        super(align, hgap, vgap);
    }

    /** A panel whose components wrap, aligned {@code align} ({@link FlowLayout#LEFT}, {@link FlowLayout#RIGHT}). */
    public static javax.swing.JPanel row(int align) {
        javax.swing.JPanel row = new javax.swing.JPanel(new WrapLayout(align, 6, 2));
        row.setOpaque(false);
        return row;
    }

    @Override
    public Dimension preferredLayoutSize(Container target) {
        return size(target, true);
    }

    @Override
    public Dimension minimumLayoutSize(Container target) {
        Dimension size = size(target, false);
        int widest = 0;
        for (Component c : target.getComponents()) {
            if (c.isVisible()) {
                widest = Math.max(widest, c.getMinimumSize().width);
            }
        }
        Insets insets = target.getInsets();
        return new Dimension(widest + insets.left + insets.right + getHgap() * 2, size.height);
    }

    @Override
    public void layoutContainer(Container target) {
        super.layoutContainer(target);
        int wanted = preferredLayoutSize(target).height;
        if (wanted != laidOutHeight) { // the rows changed with the width: the parent must give the new height
            laidOutHeight = wanted;
            SwingUtilities.invokeLater(target::revalidate);
        }
    }

    private Dimension size(Container target, boolean preferred) {
        synchronized (target.getTreeLock()) {
            int width = availableWidth(target);
            Insets insets = target.getInsets();
            int maxWidth = width - insets.left - insets.right - getHgap() * 2;
            int rowWidth = 0;
            int rowHeight = 0;
            int totalWidth = 0;
            int totalHeight = 0;
            for (Component c : target.getComponents()) {
                if (!c.isVisible()) {
                    continue;
                }
                Dimension d = preferred ? c.getPreferredSize() : c.getMinimumSize();
                if (rowWidth > 0 && rowWidth + getHgap() + d.width > maxWidth) {
                    totalWidth = Math.max(totalWidth, rowWidth);
                    totalHeight += rowHeight + getVgap();
                    rowWidth = 0;
                    rowHeight = 0;
                }
                rowWidth += (rowWidth > 0 ? getHgap() : 0) + d.width;
                rowHeight = Math.max(rowHeight, d.height);
            }
            totalWidth = Math.max(totalWidth, rowWidth);
            totalHeight += rowHeight;
            return new Dimension(totalWidth + insets.left + insets.right + getHgap() * 2,
                    totalHeight + insets.top + insets.bottom + getVgap() * 2);
        }
    }

    /** The width the container has (or its first sized ancestor, before the first layout). */
    private static int availableWidth(Container target) {
        Container sized = target;
        while (sized.getWidth() == 0 && sized.getParent() != null) {
            sized = sized.getParent();
        }
        return sized.getWidth() == 0 ? Integer.MAX_VALUE : sized.getWidth();
    }
}
