package dev.dialdesk.app;

import dev.dialdesk.ui.calls.CallPanel;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.EventQueue;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JViewport;

/**
 * The right-hand column: the call panel, with the case of the call and the open QA cases' countdowns
 * under it. Never narrower than its content (three disposition buttons and the call timer, in the
 * language shown; labels arrive after the dispositions load): when its content grows wider than it was
 * given, it moves the divider so nothing is clipped. Never cut off at the bottom either: the customer's
 * timeline gives up its rows first; when the rest still does not fit the window's height (a notice
 * wrapping over several lines at 1280 × 800 while a re-recording card shows), the column scrolls and keeps
 * the outcome keys in view, so that the day's figures at the top are what leaves the view first.
 */
final class CallColumn extends JPanel {

    private static final int MIN_WIDTH = 430;
    /** How long the scroll bar must stay before the column widens for it. */
    private static final int BAR_SETTLE_MS = 300;
    private final Content content;
    private final JScrollPane scroll;
    private final javax.swing.Timer barCheck = new javax.swing.Timer(BAR_SETTLE_MS, e -> makeRoomForTheBar());
    private JSplitPane split;

    CallColumn(CallPanel calls, JComponent underCalls) {
        super(new BorderLayout());
        setName("main.rightColumn");
        content = new Content(calls);
        content.add(calls, BorderLayout.CENTER);
        content.add(underCalls, BorderLayout.SOUTH);
        scroll = new JScrollPane(content, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER) {
            @Override
            public boolean isValidateRoot() {
                return false; // content that grows wider (a card shown) lays out the column again: it may move the divider
            }

            @Override
            public void updateUI() {
                super.updateUI(); // the look and feel puts its border back (a theme change): the column has none
                setBorder(null);
                setViewportBorder(null);
            }
        };
        scroll.setName("main.rightColumn.scroll");
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        add(scroll, BorderLayout.CENTER);
        barCheck.setRepeats(false);
    }

    /** The split pane whose divider the column moves when its content needs more width. */
    void placeIn(JSplitPane pane) {
        split = pane;
    }

    @Override
    public Dimension getMinimumSize() {
        return new Dimension(Math.max(MIN_WIDTH, content.getPreferredSize().width), 0);
    }

    /** As wide as the content wants (the scroll pane would add its bar's width even when it is not shown). */
    @Override
    public Dimension getPreferredSize() {
        return new Dimension(content.getPreferredSize().width, super.getPreferredSize().height);
    }

    @Override
    public void doLayout() {
        super.doLayout();
        int wanted = getMinimumSize().width;
        if (getWidth() > 0 && getWidth() < wanted) {
            moveDivider(wanted);
        } else if (scroll.getVerticalScrollBar().isVisible()) {
            barCheck.restart(); // a bar seen while the window settles (texts wrapped before their first layout) is no reason
        }
    }

    /** Scrolled for good: the bar's width is added, so that the content keeps the width it wants. */
    private void makeRoomForTheBar() {
        javax.swing.JScrollBar bar = scroll.getVerticalScrollBar();
        int wanted = content.getPreferredSize().width + bar.getPreferredSize().width;
        if (bar.isVisible() && isShowing() && getWidth() < wanted) {
            moveDivider(wanted);
        }
    }

    private void moveDivider(int wanted) {
        if (split != null) {
            EventQueue.invokeLater(() -> split.setDividerLocation(
                    Math.max(0, split.getWidth() - split.getDividerSize() - wanted)));
        }
    }

    /**
     * What the column's scroll pane shows: as tall as the view while its content can shrink to that (no
     * scroll bar: the timeline takes what is left), else as tall as its content's minimum, scrolled so
     * that the outcome keys are in view.
     */
    private static final class Content extends dev.dialdesk.ui.common.WidthTrackingPanel {

        private final CallPanel calls;

        Content(CallPanel calls) {
            super(new BorderLayout());
            this.calls = calls;
        }

        private boolean fitsView() {
            return getParent() instanceof JViewport view && view.getHeight() >= getMinimumSize().height;
        }

        @Override
        public Dimension getPreferredSize() {
            Dimension wanted = super.getPreferredSize();
            if (getParent() instanceof JViewport) { // scrolled: at its minimum, the timeline's rows given up
                wanted.height = getMinimumSize().height;
            }
            return wanted;
        }

        @Override
        public void doLayout() {
            super.doLayout();
            if (!fitsView()) {
                EventQueue.invokeLater(calls::keepOutcomeKeysInView);
            }
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return fitsView();
        }
    }
}
