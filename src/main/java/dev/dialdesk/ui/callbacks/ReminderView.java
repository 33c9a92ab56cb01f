package dev.dialdesk.ui.callbacks;

import dev.dialdesk.domain.Urgency;
import java.util.List;

/** What the reminder presenter needs: the in-app notice, attention requests, the status text, the count. */
interface ReminderView {

    /** One line of the notice: a callback (its id), or a case step coming due (minus the step's id). */
    record NoticeLine(long callbackId, String text, Urgency urgency) {
    }

    void showNotice(List<NoticeLine> lines);

    void hideNotice();

    /** A callback newly due: taskbar attention and, where there is a tray, a notification. */
    void requestAttention(String title, String text);

    /** The status bar's next callback ("10:00 홍길동, in 12 min"); {@code urgency} may be null. */
    void showNext(String text, Urgency urgency);

    /** The navigation count ("Callbacks 3"). */
    void showCount(int openToday, String title);
}
