package dev.dialdesk.service.reports;

import dev.dialdesk.storage.CallImportStore;
import dev.dialdesk.domain.calls.ReportCall;
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
import dev.dialdesk.storage.DoNotCallStore;
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
 * Imports the call history of another dialer (a CSV, TSV or workbook of past calls), with the lead
 * import's error rule: a line that cannot be read (unknown disposition, bad number, time or duration)
 * is reported with its line and reason and the rest is imported, in one transaction. Calls to numbers
 * that are not leads create leads in the agent's {@value #HISTORY_BATCH} batch. The outcomes carry to
 * the leads: the attempt count and last outcome follow the history, the latest call's outcome sets the
 * lead's status (청약 contracted, 결번 a wrong number …) and a 수신거부 puts the number on the
 * do-not-call list, so the customer is never dialled again. Each call's id is made from agent, number
 * and start, so importing the same file again changes nothing.
 */
public final class CallHistoryImportService {

    public static final String HISTORY_BATCH = "imported history";

    private final CallHistoryReader reader;
    private final CallImportStore store;
    private final DispositionStore dispositions;
    private final DoNotCallStore doNotCall;
    private final Transactions transactions;
    private final Settings settings;
    private final Clock clock;

    public CallHistoryImportService(CallHistoryReader reader, CallImportStore store, DispositionStore dispositions,
                                    DoNotCallStore doNotCall, Transactions transactions, Settings settings, Clock clock) {
        this.reader = reader;
        this.store = store;
        this.dispositions = dispositions;
        this.doNotCall = doNotCall;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * What the import did; {@code issues} names every line that was not imported, with its reason.
     * Refused: not one line could be imported.
     */
    public record Result(Path file, String charset, int imported, int unchanged, List<ImportIssue> issues) {
        public boolean refused() {
            return !issues.isEmpty() && imported == 0 && unchanged == 0;
        }
    }

    public Result importFile(Path file) {
        if (!store.mayImportReports()) {
            throw new dev.dialdesk.domain.i18n.UserFacingException(new dev.dialdesk.domain.i18n.Message(
                    "reports.refused.teamLeadOnly", file.getFileName().toString()), "Call history refused on this login");
        }
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
        int total = history.rows().size() - issues.size();
        if (total == 0) {
            return new Result(file, history.charset(), 0, 0, List.copyOf(issues));
        }
        int[] added = {0};
        transactions.inOneTransaction(() -> {
            Instant now = clock.instant();
            calls.forEach((agent, list) -> {
                store.saveAgent(new Agent(agent, agent.value()));
                added[0] += store.upsertCalls(agent, list, HISTORY_BATCH, now).added();
            });
            carryOutcomes(calls, byLabel, file, now);
            return null;
        });
        return new Result(file, history.charset(), added[0], total - added[0], List.copyOf(issues));
    }

    /** The latest call of each number sets its lead's status; a do-not-call outcome lists the number. */
    private void carryOutcomes(Map<AgentId, List<ReportCall>> calls, Map<String, Disposition> byLabel, Path file,
                               Instant now) {
        Map<String, ReportCall> latest = new HashMap<>();
        Map<String, AgentId> agentOf = new HashMap<>();
        calls.forEach((agent, list) -> list.forEach(call -> {
            ReportCall known = latest.get(call.leadPhone());
            if (known == null || call.endedAt().isAfter(known.endedAt())) {
                latest.put(call.leadPhone(), call);
                agentOf.put(call.leadPhone(), agent);
            }
        }));
        Map<String, Disposition> byCode = new HashMap<>();
        byLabel.values().forEach(d -> byCode.put(d.code(), d));
        List<CallImportStore.LeadOutcome> outcomes = new ArrayList<>();
        Map<AgentId, List<PhoneNumber>> listed = new LinkedHashMap<>();
        latest.forEach((phone, call) -> {
            Disposition disposition = byCode.get(call.disposition());
            outcomes.add(new CallImportStore.LeadOutcome(phone, call.endedAt(), disposition.leadsTo()));
        });
        calls.forEach((agent, list) -> list.forEach(call -> {
            if (byCode.get(call.disposition()).doNotCall()) {
                listed.computeIfAbsent(agent, a -> new ArrayList<>()).add(PhoneNumber.ofE164(call.leadPhone()));
            }
        }));
        store.applyOutcomes(outcomes, now);
        listed.forEach((agent, numbers) -> doNotCall.addAll(numbers, "history:" + file.getFileName(), agent));
        if (!listed.isEmpty()) {
            doNotCall.flagListedLeads();
        }
    }

    private ReportCall parse(CallHistoryReader.Row row, Map<String, Disposition> byLabel, ZoneId zone, String region,
                             List<ImportIssue> issues) {
        if (row.problem() != null) {
            issues.add(new ImportIssue(row.line(), ImportIssue.Kind.REJECTED, row.problem()));
            return null;
        }
        if (!AgentId.isValid(row.agent().strip())) {
            return reject(issues, row, "history.issue.agent", row.agent());
        }
        PhoneNumber.Parsed phone = PhoneNumber.parse(row.phone(), region);
        if (!phone.ok()) {
            return reject(issues, row, "history.issue.phone", PhoneNumber.mask(row.phone()));
        }
        Instant started = HistoryValues.time(row.startedAt().strip(), zone);
        if (started == null) {
            return reject(issues, row, "history.issue.startedAt", row.startedAt());
        }
        long seconds = HistoryValues.seconds(row.durationSeconds());
        if (seconds < 0 || seconds > 86_400) {
            return reject(issues, row, "history.issue.duration", row.durationSeconds());
        }
        Disposition disposition = byLabel.get(HistoryValues.normalise(row.disposition()));
        if (disposition == null && HistoryValues.synonym(HistoryValues.normalise(row.disposition())) != null) {
            disposition = byLabel.get(HistoryValues.normalise(HistoryValues.synonym(HistoryValues.normalise(row.disposition()))));
        }
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

    /** A local time (in the centre's zone) or one with an offset: see {@link HistoryValues#time}. */
    static Instant time(String text, ZoneId zone) {
        return HistoryValues.time(text, zone);
    }

    /** Every disposition by its code, its Korean label, its English label and its custom label. */
    private Map<String, Disposition> labels() {
        Map<String, Disposition> byLabel = new HashMap<>();
        Messages korean = Messages.forLocale(Locale.KOREAN);
        Messages english = Messages.forLocale(Locale.ENGLISH);
        for (Disposition d : dispositions.all()) {
            byLabel.put(HistoryValues.normalise(d.code()), d);
            if (korean.has(d.messageKey())) {
                byLabel.putIfAbsent(HistoryValues.normalise(korean.get(d.messageKey())), d);
                byLabel.putIfAbsent(HistoryValues.normalise(english.get(d.messageKey())), d);
            }
            if (d.customLabel() != null) {
                byLabel.putIfAbsent(HistoryValues.normalise(d.customLabel()), d);
            }
        }
        return byLabel;
    }


}
