package dev.dialdesk.io.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.service.reports.DayReport;
import dev.dialdesk.service.reports.DayReportCodec;
import dev.dialdesk.domain.calls.ReportCall;
import dev.dialdesk.service.reports.ReportRefusedException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import dev.dialdesk.storage.PrivateFiles;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The day report file in JSON (schema in {@code docs/day-report-format.md}). Writing: the calls, then
 * one array per section. Reading: refuses, with the file name and the line or field, a file that is
 * not JSON, not a day report, from a newer schema, or has a bad field.
 */
public final class DayReportJson implements DayReportCodec {

    private static final List<String> CORE_FIELDS = List.of("format", "schema_version", "agent", "exported_at",
            "zone", "from", "to", "calls");

    /**
     * The largest file read (64 MiB): one agent's 90 days at a few hundred calls a day is about 40 MiB.
     * Jackson's own limits cover the rest: strings of at most 20 MB, nesting at most 1,000 deep.
     */
    static final long MAX_BYTES = 64L << 20;

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public void write(DayReport report, Path file) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", DayReport.FORMAT);
        root.put("schema_version", report.schemaVersion());
        ObjectNode agent = root.putObject("agent");
        agent.put("id", report.agent().id().value());
        agent.put("name", report.agent().name());
        root.put("exported_at", ReportFields.time(report.exportedAt(), report.zone()));
        root.put("zone", report.zone().getId());
        root.put("from", report.range().from().toString());
        root.put("to", report.range().to().toString());
        ArrayNode calls = root.putArray("calls");
        for (ReportCall call : report.calls()) {
            calls.add(ReportFields.call(mapper, call, report.zone()));
        }
        report.sections().forEach((name, records) -> root.set(name, mapper.valueToTree(records)));
        try {
            PrivateFiles.writeAtomically(file, out -> mapper.writeValue(out, root));
        } catch (IOException e) {
            throw new UserFacingException(new Message("reports.error.write", file.toString()),
                    "Cannot write day report " + file.getFileName(), e);
        }
    }

    /** A section: an array of objects; anything else in it refuses the file, naming the record. */
    private List<Map<String, Object>> section(JsonNode array, ReportFields fields, String name) {
        List<Map<String, Object>> records = new java.util.ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isObject()) {
                throw fields.refuse(name + "[" + i + "]");
            }
            records.add(mapper.convertValue(array.get(i), new TypeReference<Map<String, Object>>() { }));
        }
        return records;
    }

    @Override
    public DayReport read(Path file) {
        String name = file.getFileName().toString();
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > MAX_BYTES) {
                // A tree of a huge file of small tokens would not fit in memory: refuse before parsing.
                throw new ReportRefusedException(new Message("reports.refused.tooLarge", name, MAX_BYTES >> 20),
                        name + " is larger than " + MAX_BYTES + " bytes");
            }
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ReportRefusedException(new Message("reports.refused.malformed", name, line),
                    "Malformed JSON in " + name + " at line " + line, e);
        } catch (CharConversionException e) {
            // Broken UTF-8 (or another encoding): Jackson reports it as an I/O error without a location.
            throw new ReportRefusedException(new Message("reports.refused.encoding", name),
                    name + " is not UTF-8: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UserFacingException(new Message("reports.error.read", file.toString()), "Cannot read " + name, e);
        }
        if (root == null || !root.isObject() || !DayReport.FORMAT.equals(root.path("format").asText(null))) {
            throw new ReportRefusedException(new Message("reports.refused.notReport", name), name + " is not a day report");
        }
        ReportFields fields = new ReportFields(name);
        int version = fields.integer(root, "schema_version");
        if (version > DayReport.SCHEMA_VERSION) {
            throw new ReportRefusedException(new Message("reports.refused.newer", name, version, DayReport.SCHEMA_VERSION),
                    name + " has schema " + version);
        }
        if (version < 1) {
            throw fields.refuse("schema_version");
        }
        ZoneId zone = fields.zone(root, "zone");
        List<ReportCall> calls = fields.calls(root.get("calls"));
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        root.fields().forEachRemaining(entry -> {
            if (!CORE_FIELDS.contains(entry.getKey())) {
                if (!entry.getValue().isArray()) {
                    throw fields.refuse(entry.getKey());
                }
                sections.put(entry.getKey(), section(entry.getValue(), fields, entry.getKey()));
            }
        });
        return new DayReport(version, fields.agent(root.get("agent")), fields.instant(root, "exported_at"), zone,
                fields.range(root), calls, sections);
    }
}
