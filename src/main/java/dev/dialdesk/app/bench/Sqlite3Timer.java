package dev.dialdesk.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times SQL in the {@code sqlite3} CLI with {@code .timer on}: one process, the statements repeated,
 * the median of the "Run Time: real" figures (process start-up is not counted).
 */
final class Sqlite3Timer {

    private static final Pattern REAL = Pattern.compile("Run Time: real ([0-9.]+)");

    private Sqlite3Timer() {
    }

    /**
     * @param sql            one or more statements separated by {@code ;}
     * @param discardOutput  true to send result rows to {@code /dev/null} (big results)
     */
    static double median(Path sqlite3, Path database, String sql, int repetitions, boolean discardOutput)
            throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder(".timer on\n");
        for (int i = 0; i < repetitions + 1; i++) {
            script.append(discardOutput ? ".once /dev/null\n" : "").append(sql).append(";\n");
        }
        Process process = new ProcessBuilder(sqlite3.toString(), database.toString())
                .redirectErrorStream(true).start();
        process.getOutputStream().write(script.toString().getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("sqlite3 failed: " + output);
        }
        List<Double> times = new ArrayList<>();
        Matcher matcher = REAL.matcher(output);
        while (matcher.find()) {
            times.add(Double.parseDouble(matcher.group(1)) * 1000);
        }
        int perRun = times.size() / (repetitions + 1);
        List<Double> measured = times.subList(perRun, times.size());
        return Stopwatch.median(measured.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
