package dev.dialdesk.app;

import dev.dialdesk.service.calls.CallSettingKeys;
import dev.dialdesk.service.settings.SettingKeys;
import java.time.ZoneId;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.service.imports.ImportProgress;
import dev.dialdesk.service.imports.ImportReport;
import dev.dialdesk.service.imports.ImportRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the demo database ({@code --demo}) from the sample data bundled in the jar: registers the demo
 * agent and imports {@code sample-data/leads-cp949.csv} through the ordinary import, so the demo shows
 * a real import report (duplicates, rejected lines). Does nothing when the demo database has leads.
 */
public final class DemoSeeder {

    public static final Agent DEMO_AGENT = new Agent(new AgentId("DEMO01"), "김데모");
    static final String SAMPLE_RESOURCE = "/sample-data/leads-cp949.csv";

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    private final CompositionRoot root;

    public DemoSeeder(CompositionRoot root) {
        this.root = root;
    }

    /** @return the report of the seeding import, or null when the database already had leads */
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final String DEMO_CALLING_HOURS = "MON-SUN 00:00-23:59";

    public ImportReport seedIfEmpty() {
        if (root.leadStore().countLeads() > 0) {
            return null;
        }
        root.registerAgent(DEMO_AGENT);
        // The sample data lives in Seoul; the demo may be tried at any hour, so its own settings open
        // the calling hours all day (a real installation keeps the defaults of docs/dispositions.md).
        root.settings().set(SettingKeys.CENTRE_ZONE, SEOUL);
        root.settings().set(CallSettingKeys.CALLING_HOURS, DEMO_CALLING_HOURS);
        // the company the opening statement names ({company}); a real centre sets its own
        root.settings().set(dev.dialdesk.service.rules.RulesSettingKeys.COMPANY, "다이얼생명");
        Path copy = null;
        try (InputStream sample = DemoSeeder.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (sample == null) {
                throw new IllegalStateException("Sample data missing from the build: " + SAMPLE_RESOURCE);
            }
            copy = Files.createTempFile("dialdesk-demo-", "-leads-cp949.csv");
            Files.copy(sample, copy, StandardCopyOption.REPLACE_EXISTING);
            ImportReport report = root.leadImportService().importFile(
                    new ImportRequest(copy, DEMO_AGENT.id(), "leads-cp949.csv", null), ImportProgress.NONE);
            LOG.info("Demo database seeded: batch {}, {} leads", report.batchId(), report.imported());
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the bundled sample data", e);
        } finally {
            deleteQuietly(copy);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the temporary demo file {}: {}", file, e.getMessage());
        }
    }
}
