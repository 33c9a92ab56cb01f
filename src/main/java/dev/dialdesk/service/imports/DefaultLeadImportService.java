package dev.dialdesk.service.imports;

import dev.dialdesk.domain.imports.ColumnMapping;
import dev.dialdesk.domain.imports.PhoneParser;
import dev.dialdesk.domain.imports.HeaderRecognizer;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.imports.LeadFileReader.LeadFile;
import dev.dialdesk.service.imports.LeadFileReader.RawRow;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.LeadImportSink;
import dev.dialdesk.storage.LeadImportSink.NewBatch;
import dev.dialdesk.domain.imports.LeadAssignment;
import dev.dialdesk.storage.LeadImportSink.NewLead;
import dev.dialdesk.storage.LeadImportSink.StoredIssue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one import code path of the window and the command line: reads the file as it streams, turns
 * rows into leads or report lines, and feeds them to the storage in chunks while it keeps reading.
 * One batch is one transaction: a cancel, a bad file or any failure leaves the database as it was.
 */
public final class DefaultLeadImportService implements LeadImportService {

    /** Rows per chunk handed to the writer. */
    static final int CHUNK_ROWS = 1_000;
    /** The report lists at most this many issues; the counts are exact and {@link #issuesOf} has them all. */
    public static final int MAX_REPORTED_ISSUES = 100_000;

    private static final Logger LOG = LoggerFactory.getLogger(DefaultLeadImportService.class);
    private static final Comparator<ImportIssue> LINE_ORDER =
            Comparator.comparingLong(ImportIssue::line).thenComparing(ImportIssue::kind);

    private final LeadFileReader files;
    private final LeadImportSink sink;
    private final CsvTableWriter csv;
    private final Settings settings;
    private final Messages messages;
    private final Clock clock;

    public DefaultLeadImportService(LeadFileReader files, LeadImportSink sink, CsvTableWriter csv, Settings settings,
                                    Messages messages, Clock clock) {
        this.files = files;
        this.sink = sink;
        this.csv = csv;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    private static LeadFileReader.OpenOptions options(String sheet, int headerRow) {
        return new LeadFileReader.OpenOptions(sheet, headerRow, HeaderRecognizer::looksLikeHeader);
    }

    @Override
    public ImportPreview preview(Path file, int maxRows, String sheet, int headerRow) {
        try (LeadFile lead = files.open(file, options(sheet, headerRow))) {
            List<List<String>> rows = new ArrayList<>();
            RawRow row;
            while (rows.size() < maxRows && (row = lead.next()) != null) {
                rows.add(row.cells());
            }
            if (rows.isEmpty()) { // header only: the same one message the import would give, before any dialog
                throw new ImportFailedException(new Message("import.error.noLeads", file.toString()), "No lead rows");
            }
            List<String> headers = List.copyOf(lead.headers());
            List<List<String>> padded = new ArrayList<>(rows.size());
            for (List<String> cells : rows) {
                List<String> copy = new ArrayList<>(cells);
                while (copy.size() < headers.size()) {
                    copy.add("");
                }
                padded.add(List.copyOf(copy));
            }
            return new ImportPreview(file, lead.format(), lead.charset(), lead.delimiter(), headers,
                    HeaderRecognizer.suggest(headers), padded, lead.sheets(), lead.sheet(), lead.headerLine(),
                    lead.skippedRows().size());
        }
    }

    @Override
    public ImportReport importFile(ImportRequest request, ImportProgress progress) {
        Path file = request.file();
        requireOneDeskAssignment(request);
        try (LeadFile lead = files.open(file, options(request.sheet(), request.headerRow()))) {
            ColumnMapping mapping = request.mapping() != null ? request.mapping()
                    : HeaderRecognizer.suggest(lead.headers());
            if (lead.format() != FileFormat.JSON) {
                if (lead.headers().isEmpty()) {
                    throw new ImportFailedException(new Message("import.error.empty", file.toString()), "No header line");
                }
                requirePhoneColumn(file, mapping);
            }
            String batchName = request.batchName() != null && !request.batchName().isBlank()
                    ? request.batchName().strip() : file.getFileName().toString();
            NewBatch batch = new NewBatch(batchName, request.agent(), file.toString(), lead.charset(),
                    request.assignment());
            LOG.info("Importing {} as batch '{}' for agent {} ({}, {})", file.getFileName(), batchName,
                    request.agent(), lead.format(), lead.charset());
            try (LeadImportSink.Session session = sink.begin(batch, new Reasons())) {
                RowConverter converter = new RowConverter(new PhoneParser(settings.get(SettingKeys.PHONE_REGION)),
                        clock.instant().atZone(settings.get(SettingKeys.CENTRE_ZONE)).toLocalDate());
                Feed feed = new Feed(lead, converter, mapping, request.mapping() == null, progress);
                feed.run(session, file);
                LeadImportSink.Result result = session.finish(feed.rejected);
                return report(result, batchName, file, lead.charset(), feed);
            }
        }
    }

    /**
     * A desk's own file holds its agent's leads: handing them to other agents or to a pool needs the
     * team server. Refused before the file is opened, so nothing changes.
     */
    private void requireOneDeskAssignment(ImportRequest request) {
        LeadAssignment assignment = request.assignment();
        boolean ownLeads = assignment.isSingleAgent() && assignment.agents().get(0).equals(request.agent());
        if (!ownLeads && !sink.handsOutToAgents()) {
            throw new ImportFailedException(new Message("import.error.oneDesk",
                    request.agent() == null ? "?" : request.agent().value()),
                    "Hand-out to other agents or the pool refused on a desk's own database");
        }
    }

    private static void requirePhoneColumn(Path file, ColumnMapping mapping) {
        if (!mapping.hasPhone()) {
            throw new ImportFailedException(new Message("import.error.noPhoneColumn", file.toString()),
                    "No phone column recognised");
        }
    }

    private ImportReport report(LeadImportSink.Result result, String batchName, Path file, String charset, Feed feed) {
        List<ImportIssue> issues = new ArrayList<>(feed.issues.size() + result.duplicateIssues().size());
        feed.issues.forEach(issue -> issues.add(toIssue(issue)));
        result.duplicateIssues().forEach(issue -> issues.add(toIssue(issue)));
        issues.sort(LINE_ORDER);
        List<ImportIssue> listed = issues.size() > MAX_REPORTED_ISSUES ? issues.subList(0, MAX_REPORTED_ISSUES) : issues;
        LOG.info("Batch {} imported: {} leads, {} duplicates, {} rejected", result.batchId(), result.imported(),
                result.duplicates(), feed.rejected);
        return new ImportReport(result.batchId(), batchName, file.toString(), charset, result.imported(),
                result.duplicates(), feed.rejected, listed, result.handedOut());
    }

    private static ImportIssue toIssue(StoredIssue issue) {
        return new ImportIssue(issue.line(), ImportIssue.Kind.valueOf(issue.kind()), issue.reason());
    }

    @Override
    public List<ImportIssue> issuesOf(long batchId) {
        List<ImportIssue> issues = new ArrayList<>();
        sink.issuesOf(batchId).forEach(issue -> issues.add(toIssue(issue)));
        return issues;
    }

    @Override
    public void saveReportCsv(ImportReport report, Path target) {
        List<ImportIssue> issues = report.batchId() > 0 ? issuesOf(report.batchId()) : report.issues();
        List<List<String>> rows = new ArrayList<>(issues.size());
        for (ImportIssue issue : issues) {
            rows.add(List.of(String.valueOf(issue.line()), messages.get("import.kind." + issue.kind().name()),
                    messages.get(issue.reason())));
        }
        csv.write(target, List.of(messages.get("import.report.column.line"), messages.get("import.report.column.kind"),
                messages.get("import.report.column.reason")), rows);
    }

    /** Words the duplicates the storage finds. */
    private final class Reasons implements LeadImportSink.DuplicateReasons {
        @Override
        public Message sameFile(long firstLine) {
            return new Message("import.duplicate.sameFile", String.valueOf(firstLine));
        }

        @Override
        public Message onDoNotCallList() {
            return new Message("import.warning.doNotCall");
        }

        @Override
        public Message earlierBatch(String batchName, Instant importedAt, long line) {
            String date = DateTimeFormatter.ISO_LOCAL_DATE.format(
                    importedAt.atZone(settings.get(SettingKeys.CENTRE_ZONE)));
            return new Message("import.duplicate.earlierBatch", batchName, date, String.valueOf(line));
        }
    }

    /** Reads the rows of one file into chunks for the session; counts what it rejects. */
    private final class Feed {
        private final LeadFile lead;
        private final RowConverter converter;
        private final boolean recognise;
        private final java.util.Map<Integer, dev.dialdesk.domain.LeadField> recognised = new java.util.HashMap<>();
        private int recognisedUpTo;
        private final ImportProgress progress;
        private final List<StoredIssue> issues = new ArrayList<>();
        private long rejected;
        private long rows;

        Feed(LeadFile lead, RowConverter converter, ColumnMapping mapping, boolean recognise, ImportProgress progress) {
            this.lead = lead;
            this.converter = converter;
            this.recognise = recognise;
            this.progress = progress;
            converter.configure(lead.headers(), mapping);
        }

        void run(LeadImportSink.Session session, Path file) {
            List<NewLead> leads = new ArrayList<>(CHUNK_ROWS);
            List<StoredIssue> chunkIssues = new ArrayList<>();
            for (RawRow skipped : lead.skippedRows()) { // title and meta rows above the header
                chunkIssues.add(new StoredIssue(skipped.line(), RowConverter.WARNING,
                        new Message("import.warning.skippedTitleRow", titleText(skipped))));
            }
            RawRow row;
            while ((row = lead.next()) != null) {
                rows++;
                if (lead.headers().size() != converter.headerCount()) {
                    converter.configure(lead.headers(), recognise ? recogniseNew() : converter.mapping());
                }
                NewLead converted = converter.convert(row, chunkIssues);
                if (converted != null) {
                    leads.add(converted);
                }
                if (leads.size() + chunkIssues.size() >= CHUNK_ROWS) {
                    flush(session, leads, chunkIssues);
                    leads = new ArrayList<>(CHUNK_ROWS);
                    chunkIssues = new ArrayList<>();
                }
            }
            flush(session, leads, chunkIssues);
            if (rows == 0) {
                throw new ImportFailedException(new Message("import.error.noLeads", file.toString()), "No lead rows");
            }
            if (lead.format() == FileFormat.JSON) {
                requirePhoneColumn(file, converter.mapping());
            }
        }

        private static String titleText(RawRow row) {
            String text = String.join(" ", row.cells().stream().filter(c -> !c.isBlank()).map(String::strip).toList());
            text = dev.dialdesk.domain.ResidentNumbers.scrub(text);
            return text.length() > 60 ? text.substring(0, 60) + "…" : text;
        }

        /** The mapping with the keys a JSON file showed since the last row recognised (each key once). */
        private ColumnMapping recogniseNew() {
            List<String> headers = lead.headers();
            for (int column = recognisedUpTo; column < headers.size(); column++) {
                int index = column;
                HeaderRecognizer.recognise(headers.get(column)).ifPresent(field -> recognised.put(index, field));
            }
            recognisedUpTo = headers.size();
            return new ColumnMapping(recognised);
        }

        private void flush(LeadImportSink.Session session, List<NewLead> leads, List<StoredIssue> chunkIssues) {
            if (progress.cancelled()) {
                throw new ImportFailedException(new Message("import.error.cancelled"), "Import cancelled by the agent");
            }
            for (StoredIssue issue : chunkIssues) {
                if (RowConverter.REJECTED.equals(issue.kind())) {
                    rejected++;
                }
                if (issues.size() < MAX_REPORTED_ISSUES) {
                    issues.add(issue);
                }
            }
            session.add(new LeadImportSink.Chunk(leads, chunkIssues));
            progress.update(lead.bytesRead(), lead.totalBytes(), rows);
        }
    }
}
