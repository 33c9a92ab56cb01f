package dev.dialdesk.domain.contracts;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A contract (청약) closed over a recorded call, with its QA case and after-sale state. Immutable:
 * every move returns a new contract, and a refused move throws {@link RefusedTransitionException}.
 * The deadline is set by the service (the rule and the holidays are not the contract's business).
 *
 * @param id        database id, 0 before it is saved
 * @param attemptId the call attempt that closed it, or null when entered by hand
 * @param version   the row version it was read at (1 for a new row): an update is refused when the row
 *                  has moved on since ({@code dev.dialdesk.storage.ConflictException})
 */
public record Contract(long id, long leadId, AgentId agentId, Long attemptId, Sale sale, QaCase qa,
                       AfterSale afterSale, Instant createdAt, Instant updatedAt, long version) {

    public Contract {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(sale, "sale");
        Objects.requireNonNull(qa, "qa");
        Objects.requireNonNull(afterSale, "afterSale");
    }

    public QaState state() {
        return qa.state();
    }

    public LocalDate contractDate() {
        return sale.contractDate();
    }

    public Contract withId(long newId) {
        return new Contract(newId, leadId, agentId, attemptId, sale, qa, afterSale, createdAt, updatedAt, version);
    }

    /** As saved with {@code newVersion} (the store's answer to an update). */
    public Contract withVersion(long newVersion) {
        return new Contract(id, leadId, agentId, attemptId, sale, qa, afterSale, createdAt, updatedAt, newVersion);
    }

    public Contract withSale(Sale newSale) {
        return new Contract(id, leadId, agentId, attemptId, newSale, qa, afterSale, createdAt, updatedAt, version);
    }

    public Contract withQa(QaCase newQa) {
        return new Contract(id, leadId, agentId, attemptId, sale, newQa, afterSale, createdAt, updatedAt, version);
    }

    public Contract withAfterSale(AfterSale newAfterSale) {
        return new Contract(id, leadId, agentId, attemptId, sale, qa, newAfterSale, createdAt, updatedAt, version);
    }

    public Contract touched(Instant at) {
        return new Contract(id, leadId, agentId, attemptId, sale, qa, afterSale, createdAt, at, version);
    }

    /** QA passed the recording. */
    public Contract passQa() {
        return move(QaState.PASSED, qa.withState(QaState.PASSED));
    }

    /** QA found a defect: a re-recording (보완녹취) is owed. */
    public Contract requireReRecording(String reason, LocalDate noticeDate) {
        Objects.requireNonNull(noticeDate, "noticeDate");
        return move(QaState.RE_RECORDING_REQUIRED, new QaCase(QaState.RE_RECORDING_REQUIRED, reason, noticeDate,
                qa.deadline(), null, null, null));
    }

    /**
     * The re-recording was made at {@code at}, which must be before the (exclusive) deadline. A
     * re-recording made in time also undoes a return by the deadline: it wins whatever was recorded
     * first (the return on a desk whose clock passed the deadline before the re-recording reached it).
     */
    public Contract reRecorded(Instant at) {
        Objects.requireNonNull(at, "at");
        if (!isReturnedByDeadline()) {
            refuseUnlessAllowed(QaState.RE_RECORDED);
        }
        if (!at.isBefore(qa.deadline())) {
            throw new RefusedTransitionException(new Message("contracts.refused.afterDeadline"), id, qa.state(),
                    QaState.RE_RECORDED);
        }
        return withQa(new QaCase(QaState.RE_RECORDED, qa.reason(), qa.noticeDate(), qa.deadline(), at, null, null));
    }

    /** Returned because the re-recording deadline passed (not rejected by QA). */
    public boolean isReturnedByDeadline() {
        return qa.state() == QaState.RETURNED && qa.returnReason() == ReturnReason.DEADLINE;
    }

    /** Returned (반송): the deadline passed, or QA rejected it. */
    public Contract returned(ReturnReason why, Instant at) {
        return move(QaState.RETURNED, new QaCase(QaState.RETURNED, qa.reason(), qa.noticeDate(), qa.deadline(),
                qa.reRecordedAt(), at, why));
    }

    /** The customer withdrew (철회) on {@code date}. */
    public Contract withdrawn(LocalDate date, String reason) {
        Objects.requireNonNull(date, "date");
        Contract moved = move(QaState.WITHDRAWN, qa.withState(QaState.WITHDRAWN));
        return moved.withAfterSale(afterSale.withdrawn(date, reason));
    }

    public Contract cancelled(Instant at) {
        Contract moved = move(QaState.CANCELLED, qa.withState(QaState.CANCELLED));
        return moved.withAfterSale(afterSale.cancelled(at));
    }

    private Contract move(QaState target, QaCase next) {
        refuseUnlessAllowed(target);
        return withQa(next);
    }

    private void refuseUnlessAllowed(QaState target) {
        qa.state().refusal(target).ifPresent(reason -> {
            throw new RefusedTransitionException(reason, id, qa.state(), target);
        });
    }

    /** Every field the audit follows, by name, as text (null for none). Order is stable. */
    public Map<String, String> auditFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("product", sale.product());
        fields.put("premium_won", String.valueOf(sale.premiumWon()));
        fields.put("contract_at", sale.contractAt().toString());
        fields.put("application_no", sale.applicationNo());
        fields.put("notes", sale.notes());
        fields.put("qa_state", qa.state().name());
        fields.put("qa_reason", qa.reason());
        fields.put("qa_notice_date", text(qa.noticeDate()));
        fields.put("qa_deadline_at", qa.deadline().toString());
        fields.put("re_recorded_at", text(qa.reRecordedAt()));
        fields.put("returned_at", text(qa.returnedAt()));
        fields.put("return_reason", text(qa.returnReason()));
        fields.put("withdrawal_date", text(afterSale.withdrawalDate()));
        fields.put("withdrawal_reason", afterSale.withdrawalReason());
        fields.put("cancelled_at", text(afterSale.cancelledAt()));
        fields.put("policy_delivery_date", text(afterSale.policyDeliveryDate()));
        fields.put("customer_birth_date", text(afterSale.customerBirthDate()));
        fields.put("customer_age", text(afterSale.customerAge()));
        fields.put("happy_call", afterSale.happyCall().name());
        return fields;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Without notes and reasons, which may hold a customer's words. */
    @Override
    public String toString() {
        return "Contract[id=" + id + ", lead=" + leadId + ", agent=" + agentId + ", state=" + qa.state()
                + ", at=" + sale.contractAt() + "]";
    }
}
