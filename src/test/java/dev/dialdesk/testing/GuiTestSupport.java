package dev.dialdesk.testing;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;

/**
 * GUI tests need a display (a desktop, or Xvfb in CI). Without one they are skipped on a developer's
 * machine, but fail in CI ({@code CI=true}): CI must run them, never skip them.
 */
public final class GuiTestSupport {

    private GuiTestSupport() {
    }

    /** On Linux, the pom forces java.awt.headless=false: without DISPLAY there is still no screen. */
    private static boolean noX11Display() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        String display = System.getenv("DISPLAY");
        return linux && (display == null || display.isBlank());
    }

    /** Call first in every GUI test class ({@code @BeforeAll}). */
    public static void requireDisplay() {
        boolean headless = GraphicsEnvironment.isHeadless() || noX11Display();
        if (headless && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but no display: run the tests under xvfb-run");
        }
        assumeFalse(headless, "no display: GUI test skipped (run under xvfb-run to include it)");
    }
}
