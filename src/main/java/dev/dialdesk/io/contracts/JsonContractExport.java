package dev.dialdesk.io.contracts;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.service.contracts.ContractExport;
import dev.dialdesk.service.contracts.ContractSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Contracts as a JSON array for scripts. Times are ISO-8601 with their offset in the contract's zone
 * ({@code 2012-11-24T23:59:59+09:00}); absent values are {@code null}. No customer names.
 */
public final class JsonContractExport implements ContractExport {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Override
    public void writeJson(List<ContractSummary> contracts, OutputStream out) throws IOException {
        ArrayNode array = MAPPER.createArrayNode();
        for (ContractSummary summary : contracts) {
            array.add(node(summary));
        }
        MAPPER.writeValue(out, array);
        out.write('\n');
        out.flush();
    }

    private static ObjectNode node(ContractSummary summary) {
        Contract c = summary.contract();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", c.id());
        node.put("lead_id", c.leadId());
        node.put("agent", c.agentId().value());
        node.put("product", c.sale().product());
        node.put("premium_won", c.sale().premiumWon());
        node.put("contract_date", c.sale().contractAt().atZone(c.sale().zone()).format(OFFSET));
        node.put("application_no", c.sale().applicationNo());
        node.put("qa_state", c.state().name());
        node.put("qa_notice_date", text(c.qa().noticeDate()));
        node.put("deadline", summary.deadline().format(OFFSET));
        node.put("re_recorded_at", c.qa().reRecordedAt() == null ? null
                : c.qa().reRecordedAt().atZone(c.sale().zone()).format(OFFSET));
        node.put("return_reason", text(c.qa().returnReason()));
        node.put("withdrawal_date", text(c.afterSale().withdrawalDate()));
        node.put("cooling_off_last_day", text(summary.coolingOffLastDay()));
        node.put("happy_call", c.afterSale().happyCall().name());
        return node;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
