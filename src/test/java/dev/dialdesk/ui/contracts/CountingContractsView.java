package dev.dialdesk.ui.contracts;

/** A contracts view for presenter tests: counts how often the list was read again. */
final class CountingContractsView implements ContractsView {

    int reloads;

    @Override
    public void rowsChanged() {
        reloads++;
    }

    @Override
    public void countdownsChanged() {
        // the countdowns are checked through the model
    }
}
