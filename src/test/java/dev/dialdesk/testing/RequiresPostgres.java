package dev.dialdesk.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only against a real PostgreSQL server, named by {@code DIALDESK_TEST_POSTGRES}
 * (a JDBC URL with {@code user} and {@code password}; {@code .ci/run} and
 * {@code scripts/test-postgres.sh} start a throwaway server and set it). With {@code CI=true} a
 * missing variable fails the class: CI never skips the team-mode tests. Elsewhere the class is
 * skipped with a message saying how to run it.
 */
public final class RequiresPostgres implements ExecutionCondition {

    public static final String VARIABLE = "DIALDESK_TEST_POSTGRES";
    static final String HOW_TO = "run scripts/test-postgres.sh (starts a throwaway PostgreSQL and runs these tests), "
            + "or set " + VARIABLE + "=jdbc:postgresql://127.0.0.1:5432/DB?user=U&password=P "
            + "(a role that may create databases and roles)";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String url = System.getenv(VARIABLE);
        if (url != null && !url.isBlank()) {
            return ConditionEvaluationResult.enabled(VARIABLE + " is set");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + VARIABLE + " is not set: the PostgreSQL tests must run "
                    + "in CI (.ci/run starts the server). To run them: " + HOW_TO);
        }
        return ConditionEvaluationResult.disabled("PostgreSQL tests skipped: " + VARIABLE + " is not set; " + HOW_TO);
    }
}
