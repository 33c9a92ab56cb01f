package dev.dialdesk.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupBenchmarkTest {

    @Test
    void withoutADisplayOnLinuxItSkipsAndSaysWhy() throws Exception {
        assertThat(StartupBenchmark.hasDisplay("Linux", Map.of())).isFalse();
        assertThat(StartupBenchmark.hasDisplay("Linux", Map.of("DISPLAY", ":99"))).isTrue();
        assertThat(StartupBenchmark.hasDisplay("Windows 11", Map.of())).isTrue();
    }

    @Test
    void aChildJvmIsTimedUntilItsDoneLine() throws Exception {
        double millis = StartupBenchmark.launch(List.of(), List.of(BareWindowMain.class.getName(), "hello"), Map.of(),
                BareWindowMain.DONE);
        assertThat(millis).isPositive().isLessThan(30_000);
    }
}
