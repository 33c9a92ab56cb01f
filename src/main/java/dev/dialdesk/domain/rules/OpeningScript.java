package dev.dialdesk.domain.rules;

import java.util.Objects;

/**
 * The opening statement (도입 멘트) that must be said first when a call connects: the company, the
 * agent's name, the purpose of the call and the product. One per product, editable by the centre;
 * product "" is the text for every product without its own. {@code {agent}} and {@code {product}} in the
 * text are filled in for the call.
 *
 * @param version the row version the last read saw (0 before it is first saved)
 */
public record OpeningScript(String product, String text, long version) {

    /** The statement when the centre has written none. */
    public static final String DEFAULT_TEXT = "안녕하세요, {company} {agent}입니다. {product} 안내 차 연락드렸습니다. "
            + "이 통화는 녹음됩니다.";

    public OpeningScript {
        product = product == null ? "" : product.strip();
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("an opening statement cannot be empty");
        }
    }

    /** The text for one call: {agent}, {product} and {company} filled in (an unknown one stays visible). */
    public String forCall(String company, String agentName, String leadProduct) {
        return text.replace("{company}", company == null || company.isBlank() ? "{company}" : company)
                .replace("{agent}", agentName == null ? "" : agentName)
                .replace("{product}", leadProduct == null || leadProduct.isBlank() ? "{product}" : leadProduct);
    }
}
