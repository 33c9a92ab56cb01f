package dev.dialdesk.io.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dialdesk.domain.Agent;
import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.calls.ReportCall;
import dev.dialdesk.service.reports.ReportRefusedException;
import dev.dialdesk.domain.DateRange;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads and checks the fields of a day report; every failure names the file and the field. */
final class ReportFields {

    private final String fileName;

    ReportFields(String fileName) {
        this.fileName = fileName;
    }

    ReportRefusedException refuse(String field) {
        return new ReportRefusedException(new Message("reports.refused.field", fileName, field),
                fileName + ": bad or missing field " + field);
    }

    static String time(Instant instant, ZoneId zone) {
        return OffsetDateTime.ofInstant(instant, zone).toString();
    }

    static ObjectNode call(ObjectMapper mapper, ReportCall call, ZoneId zone) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", call.id().toString());
        node.put("lead_phone", call.leadPhone());
        node.put("lead_name", call.leadName());
        node.put("started_at", time(call.startedAt(), zone));
        node.put("ended_at", time(call.endedAt(), zone));
        node.put("disposition", call.disposition());
        node.put("contact", call.contact());
        node.put("sale", call.sale());
        node.put("note", call.note());
        return node;
    }

    int integer(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isInt()) {
            throw refuse(field);
        }
        return node.intValue();
    }

    String text(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isTextual()) {
            throw refuse(path);
        }
        return node.textValue();
    }

    Instant instant(JsonNode parent, String field) {
        return instant(parent, field, field);
    }

    private Instant instant(JsonNode parent, String field, String path) {
        try {
            return OffsetDateTime.parse(text(parent, field, path)).toInstant();
        } catch (DateTimeException e) {
            throw refuse(path);
        }
    }

    ZoneId zone(JsonNode root, String field) {
        try {
            return ZoneId.of(text(root, field, field));
        } catch (DateTimeException e) {
            throw refuse(field);
        }
    }

    DateRange range(JsonNode root) {
        try {
            return new DateRange(LocalDate.parse(text(root, "from", "from")), LocalDate.parse(text(root, "to", "to")));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw refuse("to");
        }
    }

    Agent agent(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw refuse("agent");
        }
        String id = text(node, "id", "agent.id");
        if (!AgentId.isValid(id)) {
            throw refuse("agent.id");
        }
        JsonNode name = node.get("name");
        return new Agent(new AgentId(id), name != null && name.isTextual() ? name.textValue() : id);
    }

    List<ReportCall> calls(JsonNode array) {
        if (array == null || !array.isArray()) {
            throw refuse("calls");
        }
        List<ReportCall> calls = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            calls.add(call(array.get(i), "calls[" + i + "]"));
        }
        return calls;
    }

    private ReportCall call(JsonNode node, String path) {
        if (!node.isObject()) {
            throw refuse(path);
        }
        UUID id;
        try {
            id = UUID.fromString(text(node, "id", path + ".id"));
        } catch (IllegalArgumentException e) {
            throw refuse(path + ".id");
        }
        String phone = text(node, "lead_phone", path + ".lead_phone");
        if (PhoneNumber.tryParse(phone, "KR").isEmpty() || !phone.startsWith("+")) {
            throw refuse(path + ".lead_phone");
        }
        Instant started = instant(node, "started_at", path + ".started_at");
        Instant ended = instant(node, "ended_at", path + ".ended_at");
        if (ended.isBefore(started)) {
            throw refuse(path + ".ended_at");
        }
        JsonNode name = node.get("lead_name");
        JsonNode note = node.get("note");
        return new ReportCall(id, phone, name != null && name.isTextual() ? name.textValue() : "", started, ended,
                text(node, "disposition", path + ".disposition"), bool(node, "contact", path),
                bool(node, "sale", path), note != null && note.isTextual() ? note.textValue() : "", 0);
    }

    private boolean bool(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw refuse(path + "." + field);
        }
        return value.booleanValue();
    }
}
