package dev.dialdesk.service.reports;

import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.imports.ImportIssue;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.DispositionStore;
import dev.dialdesk.storage.Transactions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Imports the call history of another dialer (a CSV of past calls). All or nothing: one bad line
 * (unknown disposition, bad number, time or duration) and nothing is written; every bad line is
 * reported with its number. Calls to numbers that are not leads create leads in the agent's
 * {@value #HISTORY_BATCH} batch. Each call's id is made from agent, number and start, so importing the
 * same file again changes nothing.
 */
public final class CallHistoryImportService {

    public static final String HISTORY_BATCH = "imported history";
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm[:ss]");

    private final CallHistoryReader reader;
    private final CallImportStore store;
    private final DispositionStore dispositions;
    private final Transactions transactions;
    private final Settings settings;
    private final Clock clock;

    public CallHistoryImportService(CallHistoryReader reader, CallImportStore store, DispositionStore dispositions,
                                    Transactions transactions, Settings settings, Clock clock) {
        this.reader = reader;
        this.store = store;
        this.dispositions = dispositions;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** What the import did: {@code imported} is 0 and {@code issues} says why when the file was refused. */
    public record Result(Path file, String charset, int imported, int unchanged, List<ImportIssue> issues) {
        public boolean refused() {
            return !issues.isEmpty();
        }
    }

    public Result importFile(Path file) {
        CallHistoryReader.HistoryFile history = reader.read(file);
        Map<String, Disposition> byLabel = labels();
        ZoneId zone = settings.get(SettingKeys.CENTRE_ZONE);
        String region = settings.get(SettingKeys.PHONE_REGION);
        List<ImportIssue> issues = new ArrayList<>();
        Map<AgentId, List<ReportCall>> calls = new LinkedHashMap<>();
        for (CallHistoryReader.Row row : history.rows()) {
            ReportCall call = parse(row, byLabel, zone, region, issues);
            if (call != null) {
                calls.computeIfAbsent(new AgentId(row.agent().strip()), id -> new ArrayList<>()).add(call);
            }
        }
        if (!issues.isEmpty()) {
            return new Result(file, history.charset(), 0, 0, List.copyOf(issues));
        }
        int[] added = {0};
        int total = history.rows().size();
        transactions.inOneTransaction(() -> {
            Instant now = clock.instant();
            calls.forEach((agent, list) -> {
                store.saveAgent(new Agent(agent, agent.value()));
                added[0] += store.upsertCalls(agent, list, HISTORY_BATCH, now).added();
            });
            return null;
        });
        return new Result(file, history.charset(), added[0], total - added[0], List.of());
    }

    private ReportCall parse(CallHistoryReader.Row row, Map<String, Disposition> byLabel, ZoneId zone, String region,
                             List<ImportIssue> issues) {
        if (!AgentId.isValid(row.agent().strip())) {
            return reject(issues, row, "history.issue.agent", row.agent());
        }
        PhoneNumber.Parsed phone = PhoneNumber.parse(row.phone(), region);
        if (!phone.ok()) {
            return reject(issues, row, "history.issue.phone", PhoneNumber.mask(row.phone()));
        }
        Instant started = time(row.startedAt().strip(), zone);
        if (started == null) {
            return reject(issues, row, "history.issue.startedAt", row.startedAt());
        }
        long seconds;
        try {
            seconds = Long.parseLong(row.durationSeconds().strip());
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (seconds < 0 || seconds > 86_400) {
            return reject(issues, row, "history.issue.duration", row.durationSeconds());
        }
        Disposition disposition = byLabel.get(normalise(row.disposition()));
        if (disposition == null) {
            return reject(issues, row, "history.issue.disposition", row.disposition());
        }
        long premium = 0;
        if (!row.premium().isBlank()) {
            try {
                premium = Long.parseLong(row.premium().strip().replace(",", ""));
            } catch (NumberFormatException e) {
                premium = -1;
            }
            if (premium < 0) {
                return reject(issues, row, "history.issue.premium", row.premium());
            }
        }
        String e164 = phone.number().e164();
        String agent = row.agent().strip();
        UUID id = UUID.nameUUIDFromBytes(("history|" + agent + "|" + e164 + "|" + started.toEpochMilli())
                .getBytes(StandardCharsets.UTF_8));
        return new ReportCall(id, e164, "", started, started.plusSeconds(seconds), disposition.code(),
                disposition.contact(), disposition.sale(), "", premium);
    }

    private static ReportCall reject(List<ImportIssue> issues, CallHistoryReader.Row row, String key, String value) {
        issues.add(new ImportIssue(row.line(), ImportIssue.Kind.REJECTED, new Message(key, value)));
        return null;
    }

    /** A local time (in the centre's zone) or one with an offset; ISO or "yyyy-MM-dd HH:mm[:ss]". */
    static Instant time(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            try {
                return LocalDateTime.parse(text.contains("T") ? text : text.replace(' ', 'T')).atZone(zone).toInstant();
            } catch (DateTimeException e2) {
                try {
                    return LocalDateTime.parse(text, SPACED).atZone(zone).toInstant();
                } catch (DateTimeException e3) {
                    return null;
                }
            }
        }
    }

    /** Every disposition by its code, its Korean label, its English label and its custom label. */
    private Map<String, Disposition> labels() {
        Map<String, Disposition> byLabel = new HashMap<>();
        Messages korean = Messages.forLocale(Locale.KOREAN);
        Messages english = Messages.forLocale(Locale.ENGLISH);
        for (Disposition d : dispositions.all()) {
            byLabel.put(normalise(d.code()), d);
            if (korean.has(d.messageKey())) {
                byLabel.putIfAbsent(normalise(korean.get(d.messageKey())), d);
                byLabel.putIfAbsent(normalise(english.get(d.messageKey())), d);
            }
            if (d.customLabel() != null) {
                byLabel.putIfAbsent(normalise(d.customLabel()), d);
            }
        }
        return byLabel;
    }

    private static String normalise(String label) {
        return label.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }
}
