package dev.dialdesk.domain.contracts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The audit entries between two versions of a contract: one per field that changed. */
public final class ContractDiff {

    private ContractDiff() {
    }

    public static List<ContractChange> between(Contract before, Contract after, String actor, Instant at) {
        Map<String, String> old = before.auditFields();
        List<ContractChange> changes = new ArrayList<>();
        after.auditFields().forEach((field, value) -> {
            if (!Objects.equals(old.get(field), value)) {
                changes.add(new ContractChange(after.id(), at, actor, field, old.get(field), value));
            }
        });
        return changes;
    }
}
