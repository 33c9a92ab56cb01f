package dev.dialdesk.io.callbacks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackEntry;
import dev.dialdesk.service.callbacks.CallbackListFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** {@link CallbackListFormat} with Jackson: one object per callback, without names or notes. */
public final class JacksonCallbackListFormat implements CallbackListFormat {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String json(List<CallbackEntry> entries, ZoneId zone) {
        ArrayNode array = mapper.createArrayNode();
        for (CallbackEntry entry : entries) {
            Callback c = entry.callback();
            ObjectNode node = array.addObject();
            node.put("id", c.id());
            node.put("lead_id", c.leadId());
            node.put("agent_id", c.agentId().value());
            node.put("due_at", iso(c.dueAt(), zone));
            node.put("window_end", iso(c.windowEnd(), zone));
            node.put("kind", c.kind().name());
            node.put("status", c.status().name());
            node.put("customer_asked", c.customerAsked());
            node.put("missed", c.missedAt() != null);
            node.put("outcome", c.outcome());
            if (c.contractId() == null) {
                node.putNull("contract_id");
            } else {
                node.put("contract_id", c.contractId());
            }
        }
        try {
            return mapper.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write callbacks as JSON", e);
        }
    }

    private static String iso(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime().toString();
    }
}
