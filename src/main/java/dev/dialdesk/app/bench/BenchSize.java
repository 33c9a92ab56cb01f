package dev.dialdesk.app.bench;

/**
 * How big the generated data is. {@code FULL} is the size the issues' targets speak of; {@code SMALL}
 * is CI's smoke test (it must finish, not meet figures).
 */
public enum BenchSize {
    SMALL(10_000, 100_000, 5, 2_000, 500),
    FULL(1_000_000, 5_000_000, 50, 100_000, 10_000);

    public final int leads;
    public final int calls;
    public final int agents;
    public final int callbacks;
    public final int contracts;

    BenchSize(int leads, int calls, int agents, int callbacks, int contracts) {
        this.leads = leads;
        this.calls = calls;
        this.agents = agents;
        this.callbacks = callbacks;
        this.contracts = contracts;
    }
}
