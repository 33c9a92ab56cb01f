package dev.dialdesk.ui.contracts;

/** What the presenter asks of the screen (and of the home panel and status label). */
public interface ContractsView {

    /** The list was reloaded: redraw the rows and keep the selection where possible. */
    void rowsChanged();

    /** The minute passed: redraw the countdowns. */
    void countdownsChanged();
}
