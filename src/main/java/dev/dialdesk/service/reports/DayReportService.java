package dev.dialdesk.service.reports;

import dev.dialdesk.storage.CallImportStore;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.domain.DateRange;
import dev.dialdesk.storage.Transactions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Day reports between desks: an agent exports a range of days; the team lead imports many files.
 * Each file is written whole or not at all (its calls, every section, the import record), so a
 * refused file writes nothing; a batch of files is one transaction with a savepoint per file, read
 * one file ahead of the writer, and summarised file by file.
 */
public final class DayReportService {

    private static final Logger LOG = LoggerFactory.getLogger(DayReportService.class);
    /** Leads of report calls that are not leads here are put in a batch of this name. */
    public static final String REPORT_BATCH = "day reports";

    private final CallImportStore store;
    private final Transactions transactions;
    private final DayReportCodec codec;
    private final List<ReportSection> sections;
    private final Settings settings;
    private final Clock clock;
    private final List<Runnable> importListeners = new CopyOnWriteArrayList<>();

    public DayReportService(CallImportStore store, Transactions transactions, DayReportCodec codec,
                            List<ReportSection> sections, Settings settings, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.codec = codec;
        this.sections = List.copyOf(sections);
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * {@code listener} runs after reports were imported (off the event thread, whether or not a file
     * changed anything): e.g. the QA expiry looks at the deadlines again.
     */
    public void addImportListener(Runnable listener) {
        importListeners.add(listener);
    }

    private <T> T thenTellListeners(T result) {
        importListeners.forEach(Runnable::run);
        return result;
    }

    /** The agent's report of {@code range}, as it stands now. */
    public DayReport build(Agent agent, DateRange range) {
        ZoneId zone = settings.get(SettingKeys.CENTRE_ZONE);
        Instant from = range.from().atStartOfDay(zone).toInstant();
        Instant to = range.to().plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, List<Map<String, Object>>> extra = new LinkedHashMap<>();
        for (ReportSection section : sections) {
            extra.put(section.name(), section.export(agent.id(), from, to));
        }
        return new DayReport(DayReport.SCHEMA_VERSION, agent, clock.instant(), zone, range,
                store.calls(agent.id(), from, to), extra);
    }

    /** Writes the agent's report of {@code range} to {@code file}; returns it. */
    public DayReport export(Agent agent, DateRange range, Path file) {
        DayReport report = build(agent, range);
        codec.write(report, file);
        LOG.info("Exported day report of {} for {} ({} calls)", agent.id(), range, report.calls().size());
        return report;
    }

    /**
     * Imports files and the day reports in folders (not recursive). Each file is imported or refused
     * on its own; the batch is written in one transaction.
     */
    public List<ImportOutcome> importAll(List<Path> paths) {
        List<Path> files = expand(paths);
        if (!store.mayImportReports()) {
            LOG.warn("Day reports refused: this login may not import them ({} files)", files.size());
            return files.stream().map(file -> new ImportOutcome(file, ImportOutcome.Status.REFUSED, 0, 0,
                    new Message("reports.refused.teamLeadOnly", file.getFileName().toString()))).toList();
        }
        // One transaction for the batch, each file a savepoint inside it: a refused file is undone on its
        // own, the others commit together with a single sync (a crash mid-batch leaves none of them).
        ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dialdesk-report-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return thenTellListeners(store.inBulk(() -> transactions.inOneTransaction(() -> importInOrder(files, reader))));
        } finally {
            reader.shutdownNow();
        }
    }

    /** Writes file i while the reader already parses file i + 1: parsing and writing overlap. */
    private List<ImportOutcome> importInOrder(List<Path> files, ExecutorService reader) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        Future<Parsed> next = files.isEmpty() ? null : reader.submit(() -> parse(files.get(0)));
        for (int i = 0; i < files.size(); i++) {
            Parsed parsed = await(next);
            next = i + 1 < files.size() ? reader.submit(parseLater(files.get(i + 1))) : null;
            outcomes.add(importParsed(parsed));
        }
        return outcomes;
    }

    private Callable<Parsed> parseLater(Path file) {
        return () -> parse(file);
    }

    private static Parsed await(Future<Parsed> parsed) {
        try {
            return parsed.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading day reports", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
                            .filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UserFacingException(new Message("reports.error.readFolder", path.toString()),
                            "Cannot list " + path, e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** Imports one file in one transaction; a refused file writes nothing. */
    public ImportOutcome importFile(Path file) {
        return thenTellListeners(importParsed(parse(file)));
    }

    /** A file read and checked (the report), or refused before anything was written (the outcome). */
    private record Parsed(Path file, DayReport report, ImportOutcome refused) {
    }

    private Parsed parse(Path file) {
        try {
            DayReport report = codec.read(file);
            checkSections(file, report);
            return new Parsed(file, report, null);
        } catch (ReportRefusedException e) {
            return new Parsed(file, null, refused(file, e, "refused"));
        } catch (UserFacingException e) {
            // Unreadable (permissions, vanished, a folder): this file is refused, the others go on.
            return new Parsed(file, null, refused(file, e, "could not be read"));
        }
    }

    private ImportOutcome importParsed(Parsed parsed) {
        if (parsed.refused() != null) {
            return parsed.refused();
        }
        try {
            return transactions.inOneTransaction(() -> write(parsed.file(), parsed.report()));
        } catch (ReportRefusedException e) {
            return refused(parsed.file(), e, "refused");
        } catch (UserFacingException e) {
            return refused(parsed.file(), e, "could not be written");
        }
    }

    private static ImportOutcome refused(Path file, UserFacingException e, String what) {
        LOG.warn("Day report {} {}: {}", file.getFileName(), what, e.getMessage());
        return new ImportOutcome(file, ImportOutcome.Status.REFUSED, 0, 0, e.userMessage());
    }

    private void checkSections(Path file, DayReport report) {
        Set<String> codes = store.dispositionCodes();
        for (int i = 0; i < report.calls().size(); i++) {
            String code = report.calls().get(i).disposition();
            if (!codes.contains(code)) {
                throw new ReportRefusedException(new Message("reports.refused.disposition", file.getFileName().toString(),
                        "calls[" + i + "].disposition", code), "unknown disposition " + code);
            }
        }
        for (ReportSection section : sections) {
            List<Map<String, Object>> records = report.sections().getOrDefault(section.name(), List.of());
            List<Message> problems = section.validate(records);
            if (!problems.isEmpty()) {
                throw new ReportRefusedException(new Message("reports.refused.section", file.getFileName().toString(),
                        section.name(), problems.get(0)), "section " + section.name() + ": " + problems.get(0));
            }
        }
    }

    private ImportOutcome write(Path file, DayReport report) {
        Agent agent = report.agent();
        String name = file.getFileName().toString();
        Optional<Instant> before = store.importedExport(agent.id(), report.range());
        if (before.isPresent() && before.get().equals(report.exportedAt())) {
            return new ImportOutcome(file, ImportOutcome.Status.UNCHANGED, 0, 0,
                    new Message("reports.import.unchanged", name));
        }
        if (before.isPresent() && before.get().isAfter(report.exportedAt())) {
            return new ImportOutcome(file, ImportOutcome.Status.OLDER, 0, 0, new Message("reports.import.older", name));
        }
        Instant now = clock.instant();
        store.saveAgent(agent);
        CallImportStore.Upserted calls = store.upsertCalls(agent.id(), report.calls(), REPORT_BATCH, now);
        int records = 0;
        for (ReportSection section : sections) {
            records += section.importRecords(agent.id(), report.sections().getOrDefault(section.name(), List.of()));
        }
        store.markImported(agent.id(), report.range(), report.exportedAt(), name, now);
        ImportOutcome.Status status = before.isPresent() ? ImportOutcome.Status.UPDATED : ImportOutcome.Status.IMPORTED;
        LOG.info("Imported day report {}: {} calls added, {} updated, {} section records", name, calls.added(),
                calls.updated(), records);
        return new ImportOutcome(file, status, calls.added() + records, calls.updated(),
                new Message("reports.import.done", name, agent.id().value(), calls.added(), calls.updated()));
    }
}
