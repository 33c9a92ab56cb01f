package dev.dialdesk.app.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * One benchmark of the suite run by {@code dialdesk bench}. It prepares its data in {@code workDir},
 * measures, and returns rows for the table in {@code docs/benchmarks.md}. Every figure is a median of
 * several runs, reported beside a baseline measured in the same run (usually the {@code sqlite3} CLI
 * doing the same work on the same file).
 */
public interface Benchmark {

    /** Short id, e.g. {@code import}; {@code dialdesk bench --only import} runs just this one. */
    String id();

    List<BenchResult> run(BenchContext context) throws Exception;

    /** True for a benchmark that runs only when {@code --only} names it (a tool to look into one figure). */
    default boolean onlyWhenNamed() {
        return false;
    }

    /**
     * What a benchmark gets: the size, a scratch folder, the sqlite3 CLI when installed, and where to
     * report progress (the command's output).
     */
    record BenchContext(BenchSize size, Path workDir, Path sqlite3, int repetitions, java.io.PrintStream progress) {
        public boolean hasSqlite3() {
            return sqlite3 != null;
        }
    }
}
