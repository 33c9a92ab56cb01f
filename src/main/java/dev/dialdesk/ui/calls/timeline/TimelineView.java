package dev.dialdesk.ui.calls.timeline;

import java.util.List;

/** What the timeline presenter asks of its panel and card. Every method runs on the event thread. */
public interface TimelineView {

    /** The customer's timeline, newest first, under {@code title}. */
    void showTimeline(String title, List<TimelineModels.Row> rows);

    /** A line over the timeline: the outcome of the re-recorded key or a failure; null clears it. */
    void showMessage(String text, boolean problem);

    /** The QA re-recording card on the call panel; null hides it. */
    void showReRecording(TimelineModels.ReRecording reRecording);
}
