package dev.dialdesk.io.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.io.leads.ExcelCsvWriter;
import dev.dialdesk.service.stats.AgentMetrics;
import dev.dialdesk.service.stats.StatsColumn;
import dev.dialdesk.service.stats.StatsExporter;
import dev.dialdesk.service.stats.StatsReport;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import dev.dialdesk.storage.PrivateFiles;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@link StatsExporter} with Jackson (JSON), the one CSV writer and a small HTML writer. */
public final class StatsFileExporter implements StatsExporter {

    private final Messages messages;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public StatsFileExporter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void write(StatsReport report, Format format, Path file) {
        try {
            PrivateFiles.writeAtomically(file, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                switch (format) {
                    case CSV -> writeCsv(report, writer);
                    case JSON -> writer.write(json(report));
                    case HTML -> writer.write(new MorningReportHtml(messages).render(report));
                }
                writer.flush();
            });
        } catch (IOException e) {
            throw new UserFacingException(new Message("stats.error.export", file.toString()),
                    "Cannot write stats export " + file.getFileName(), e);
        }
    }

    /** A first line that says what the file holds, then the header and one row per agent and the team. */
    private void writeCsv(StatsReport report, Writer writer) throws IOException {
        writer.write('\uFEFF');
        writer.write("# " + describe(report) + "\r\n");
        List<String> header = new ArrayList<>();
        for (StatsColumn column : StatsColumn.values()) {
            header.add(column.field());
        }
        List<List<String>> rows = new ArrayList<>();
        for (AgentMetrics agent : report.agents()) {
            rows.add(cells(agent));
        }
        List<String> team = cells(report.team());
        team.set(StatsColumn.NAME.ordinal(), messages.get("stats.team"));
        rows.add(team);
        ExcelCsvWriter.writeTable(writer, header, rows);
    }

    private static List<String> cells(AgentMetrics metrics) {
        List<String> cells = new ArrayList<>();
        for (StatsColumn column : StatsColumn.values()) {
            Object value = column.valueOf(metrics);
            cells.add(value == null ? "" : value instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : value.toString());
        }
        return cells;
    }

    /** "Stats 2025-03-06 to 2025-03-06, 3 agents, generated 2025-03-07T08:30+09:00". */
    String describe(StatsReport report) {
        return messages.get("stats.export.describe", report.range().from().toString(), report.range().to().toString(),
                report.agents().size(), OffsetDateTime.ofInstant(report.generatedAt(), report.zone()).toString());
    }

    @Override
    public String json(StatsReport report) {
        return json(report, java.util.Map.of());
    }

    @Override
    public String json(StatsReport report, java.util.Map<String, Object> extra) {
        ObjectNode root = json.createObjectNode();
        root.put("from", report.range().from().toString());
        root.put("to", report.range().to().toString());
        root.put("zone", report.zone().getId());
        root.put("generated_at", OffsetDateTime.ofInstant(report.generatedAt(), report.zone()).toString());
        ObjectNode team = metrics(report.team());
        FloorJson.agent(team, report.floor(), null);
        root.set("team", team);
        ArrayNode agents = root.putArray("agents");
        report.agents().forEach(agent -> {
            ObjectNode node = metrics(agent);
            FloorJson.agent(node, report.floor(), agent.agent());
            agents.add(node);
        });
        ObjectNode qa = root.putObject("qa");
        ArrayNode open = qa.putArray("open_by_days_left");
        for (int count : report.qa().openByDaysLeft()) {
            open.add(count);
        }
        qa.put("expired", report.qa().expired());
        FloorJson.root(root, report.floor());
        extra.forEach((name, value) -> root.set(name, json.valueToTree(value)));
        try {
            return json.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException("JSON of a stats report", e);
        }
    }

    private ObjectNode metrics(AgentMetrics metrics) {
        ObjectNode node = json.createObjectNode();
        for (StatsColumn column : StatsColumn.values()) {
            Object value = column.valueOf(metrics);
            if (metrics.isTeam() && column == StatsColumn.AGENT) {
                node.put("agent", "team");
            } else if (value == null) {
                node.putNull(column.field());
            } else if (value instanceof Integer i) {
                node.put(column.field(), i);
            } else if (value instanceof Long l) {
                node.put(column.field(), l);
            } else if (value instanceof Double d) {
                node.put(column.field(), Math.round(d * 10_000) / 10_000.0);
            } else {
                node.put(column.field(), value.toString());
            }
        }
        return node;
    }
}
