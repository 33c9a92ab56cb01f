package dev.dialdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.service.imports.ImportReport;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.testing.TestClocks;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoSeederTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyDemoDatabaseIsSeededOnceFromTheBundledSampleAsTheDemoAgent() {
        AppPaths paths = new AppPaths(dir.resolve("demo"), dir.resolve("demo/dialdesk.db"));
        try (CompositionRoot root = new CompositionRoot(AppOptions.parse("--demo"), paths, TestClocks.seoul("2026-11-20T09:00"))) {
            ImportReport report = new DemoSeeder(root).seedIfEmpty();
            assertThat(report.imported()).isGreaterThanOrEqualTo(500);
            assertThat(report.charset()).isEqualTo("x-windows-949");
            assertThat(root.settings().get(SettingKeys.AGENT_ID)).isEqualTo("DEMO01");
            assertThat(root.settings().get(SettingKeys.CENTRE_ZONE)).isEqualTo(java.time.ZoneId.of("Asia/Seoul"));
            assertThat(root.settings().get(dev.dialdesk.service.calls.CallSettingKeys.CALLING_HOURS))
                    .isEqualTo("MON-SUN 00:00-23:59");
            assertThat(root.leadStore().findAgent(DemoSeeder.DEMO_AGENT.id())).contains(DemoSeeder.DEMO_AGENT);
            long leads = root.leadStore().countLeads();

            root.seedDemoIfNeeded();

            assertThat(root.leadStore().countLeads()).isEqualTo(leads);
            assertThat(root.leadStore().batches()).hasSize(1);
        }
    }
}
