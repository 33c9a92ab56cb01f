package dev.dialdesk.ui.common;

import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.Scrollable;

/**
 * A panel shown in a scroll pane that scrolls only up and down: as wide as the view (long texts wrap or are
 * cut, never scrolled sideways), 16 pixels a step. Whether it fills the view's height is the subclass's.
 */
public abstract class WidthTrackingPanel extends JPanel implements Scrollable {

    private static final int STEP = 16;

    protected WidthTrackingPanel(LayoutManager layout) {
        super(layout);
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return STEP;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return Math.max(STEP, visible.height - STEP);
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }
}
