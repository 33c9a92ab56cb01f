package dev.dialdesk.ui.calls.timeline;

/** The timeline's view models: plain texts, formatted by {@link TimelineTexts}. */
public final class TimelineModels {

    private TimelineModels() {
    }

    /** One line of the timeline; {@code loud} for a missed callback, a return or a withdrawal. */
    public record Row(String when, String what, String detail, boolean loud) {
    }

    /**
     * The QA re-recording on the customer on screen.
     *
     * @param title  "QA re-recording call" when a re-recording callback brought the lead, else a reminder
     * @param urgent the deadline is close (under two days) or passed
     */
    public record ReRecording(String title, String detail, boolean urgent) {
    }
}
