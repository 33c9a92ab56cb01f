package dev.dialdesk.service.calls;

import dev.dialdesk.storage.HolidayStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Public holidays: imported from ICS or CSV; the calling policy is rebuilt after an import. */
public final class HolidayService {

    private static final Logger LOG = LoggerFactory.getLogger(HolidayService.class);

    private final HolidayStore store;
    private final HolidayFileReader reader;
    private final CallingPolicyService policies;

    public HolidayService(HolidayStore store, HolidayFileReader reader, CallingPolicyService policies) {
        this.store = store;
        this.reader = reader;
        this.policies = policies;
    }

    /** What an import did. */
    public record ImportResult(int read, int added) {
    }

    public ImportResult importFile(Path file) {
        Map<LocalDate, String> holidays = reader.read(file);
        int added = store.addAll(holidays, "import:" + file.getFileName());
        policies.reload();
        LOG.info("Holiday import of {}: {} dates, {} new", file.getFileName(), holidays.size(), added);
        return new ImportResult(holidays.size(), added);
    }
}
