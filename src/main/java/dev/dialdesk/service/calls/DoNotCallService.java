package dev.dialdesk.service.calls;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.DoNotCallEntry;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.DoNotCallStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The do-not-call list: import an extract, check a number. */
public final class DoNotCallService {

    private static final Logger LOG = LoggerFactory.getLogger(DoNotCallService.class);

    private final DoNotCallStore store;
    private final NumberListReader reader;
    private final Settings settings;

    public DoNotCallService(DoNotCallStore store, NumberListReader reader, Settings settings) {
        this.store = store;
        this.reader = reader;
        this.settings = settings;
    }

    /** What an import did; {@code rejectedLines} names the lines without a number (1-based). */
    public record ImportResult(int read, int added, int rejected, int leadsFlagged, String charset,
                               java.util.List<Integer> rejectedLines) {
        public ImportResult {
            rejectedLines = java.util.List.copyOf(rejectedLines);
        }
    }

    /**
     * Adds every number of the file to the list, then flags the leads with a listed number.
     *
     * @throws UserFacingException when not one number could be read from the file (nothing changes)
     */
    public ImportResult importFile(Path file, AgentId agent) {
        NumberListReader.NumberList list = reader.read(file, settings.get(SettingKeys.PHONE_REGION));
        if (list.numbers().isEmpty()) {
            throw new UserFacingException(new Message("calls.error.dncNothingRead", file.toString(),
                    String.valueOf(list.rejectedLines().size())), "No number could be read from the do-not-call file");
        }
        int added = store.addAll(list.numbers(), "import:" + file.getFileName(), agent);
        int flagged = store.flagListedLeads();
        LOG.info("Do-not-call import of {}: {} numbers, {} new, {} rejected lines, {} leads flagged",
                file.getFileName(), list.numbers().size(), added, list.rejectedLines().size(), flagged);
        return new ImportResult(list.numbers().size(), added, list.rejectedLines().size(), flagged, list.charset(),
                list.rejectedLines());
    }

    /**
     * Imports the financial sector's opt-out list (두낫콜) of {@code listDate}: every number for all
     * marketing, keeping the list's date; then flags the leads with a listed number.
     */
    public ImportResult importOptOutList(Path file, LocalDate listDate, AgentId agent) {
        NumberListReader.NumberList list = reader.read(file, settings.get(SettingKeys.PHONE_REGION));
        int added = store.addOptOutList(list.numbers(), listDate, "donotcall:" + file.getFileName(), agent);
        int flagged = store.flagListedLeads();
        LOG.info("Opt-out list {} of {}: {} numbers, {} new, {} rejected lines, {} leads flagged",
                file.getFileName(), listDate, list.numbers().size(), added, list.rejectedLines().size(), flagged);
        return new ImportResult(list.numbers().size(), added, list.rejectedLines().size(), flagged, list.charset(),
                list.rejectedLines());
    }

    /**
     * A stop-contact request (연락금지요구) for one product: the number is no longer called about
     * {@code product}; other products may still be. Returns whether it was new.
     */
    public boolean stopForProduct(PhoneNumber number, String product, AgentId agent) {
        if (product == null || product.isBlank()) {
            throw new UserFacingException(new Message("rules.stop.noProduct"), "A product stop request needs a product");
        }
        boolean added = store.addForProduct(number, product, "manual", agent);
        store.flagListedLeads();
        LOG.info("Stop request for one product on {}: {}", number.masked(), added ? "added" : "already listed");
        return added;
    }

    /**
     * A do-not-call request for all marketing ({@code dnc add NUMBER}): the number is never called again,
     * on a team server by any desk. The agent's leads with that number are marked at once. Returns whether
     * it was new.
     */
    public boolean add(PhoneNumber number, AgentId agent) {
        boolean added = store.add(number, "manual", agent);
        store.flagListedLeads();
        LOG.info("Do-not-call request on {}: {}", number.masked(), added ? "added" : "already listed");
        return added;
    }

    /** Parses {@code raw} as a number of the configured region. */
    public PhoneNumber parse(String raw) {
        return PhoneNumber.tryParse(raw, settings.get(SettingKeys.PHONE_REGION))
                .orElseThrow(() -> new UserFacingException(new Message("calls.error.notANumber"),
                        "Not a phone number: " + PhoneNumber.mask(raw)));
    }

    /** The list's entry for a number, if it is listed. */
    public Optional<DoNotCallEntry> check(PhoneNumber number) {
        return store.find(number);
    }

    public long size() {
        return store.count();
    }
}
