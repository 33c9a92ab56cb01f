package dev.dialdesk.app.bench;

/**
 * One row of the benchmark table.
 *
 * @param what         what was measured, e.g. "import 1,000,000 leads (CSV)"
 * @param medianMillis Dialdesk's median
 * @param baseline     what the baseline is, e.g. "sqlite3 .import", or null when there is none
 * @param baselineMillis the baseline's median, or NaN
 * @param target       the target in words, e.g. "≤ 1.5× sqlite3", or null
 * @param met          whether the target was met (null when there is no target)
 */
public record BenchResult(String what, double medianMillis, String baseline, double baselineMillis, String target,
                          Boolean met) {

    public double ratio() {
        return Double.isNaN(baselineMillis) || baselineMillis == 0 ? Double.NaN : medianMillis / baselineMillis;
    }
}
