package dev.dialdesk.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts the test PostgreSQL server in the middle of a test: the script named by
 * {@code DIALDESK_TEST_POSTGRES_CTL} ({@code scripts/postgres-test-server.sh} writes it: {@code stop}
 * is {@code pg_ctl stop -m immediate}, as a crash or a pulled cable looks to the desks). With
 * {@code CI=true} a missing script fails the test; elsewhere the test is skipped. Other PostgreSQL
 * tests run after the one that stops it: call {@link #start()} in a {@code finally}.
 */
public final class TestServerSwitch {

    public static final String VARIABLE = "DIALDESK_TEST_POSTGRES_CTL";

    private final Path script;
    private boolean stopped;

    private TestServerSwitch(Path script) {
        this.script = script;
    }

    /** The switch of the test server (the test is skipped without one, except in CI). */
    public static TestServerSwitch fromEnvironment() {
        String named = System.getenv(VARIABLE);
        boolean present = named != null && !named.isBlank() && Files.isExecutable(Path.of(named));
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + VARIABLE + " names no executable script: the outage "
                    + "tests must run in CI (scripts/postgres-test-server.sh writes it)");
        }
        assumeTrue(present, VARIABLE + " is not set (scripts/test-postgres.sh sets it): outage test skipped");
        return new TestServerSwitch(Path.of(named));
    }

    /** Stops the server at once (pg_ctl stop -m immediate): open connections break. */
    public void stop() {
        run("stop");
        stopped = true;
    }

    /** Starts it again and waits until it accepts connections; harmless when it runs. */
    public void start() {
        if (stopped) {
            run("start");
            stopped = false;
        }
    }

    private void run(String what) {
        try {
            Process process = new ProcessBuilder(script.toString(), what).redirectErrorStream(true).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("The test server's " + what + " took over 60 s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("The test server's " + what + " failed (" + process.exitValue() + "): "
                        + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + script + " " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the test server's " + what + " ran", e);
        }
    }
}
