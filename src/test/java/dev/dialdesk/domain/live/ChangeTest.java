package dev.dialdesk.domain.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeTest {

    @Test
    void aReassignmentNamesTheLeadAndBothAgents() {
        Change change = Change.parse("lead:12,13@A1024,A2048").orElseThrow();
        assertThat(change.kind()).isEqualTo(Change.Kind.LEAD);
        assertThat(change.ids()).containsExactlyInAnyOrder(12L, 13L);
        assertThat(change.agents()).containsExactlyInAnyOrder("A1024", "A2048");
        assertThat(change.allIds()).isFalse();
        assertThat(change.payload()).isEqualTo("lead:12,13@A1024,A2048");
    }

    @Test
    void newLeadsNameOnlyTheirAgentAndTooManyIdsAreAStar() {
        assertThat(Change.parse("lead@A1024").orElseThrow().ids()).isEmpty();
        Change many = Change.parse("contract:*").orElseThrow();
        assertThat(many.allIds()).isTrue();
        assertThat(many.agents()).isEmpty();
        assertThat(Change.parse("dnc@*").orElseThrow().allAgents()).isTrue();
    }

    @Test
    void aPayloadThisBuildDoesNotKnowIsLeftAlone() {
        assertThat(Change.parse("holiday:3")).isEmpty();
        assertThat(Change.parse("lead:abc")).isEmpty();
        assertThat(Change.parse("resync")).as("only the feed says resync").isEmpty();
        assertThat(Change.parse(null)).isEmpty();
    }

    @Test
    void aBurstIsMergedPerKindAndConcernsTheAgentsItNames() {
        ChangeBatch batch = ChangeBatch.of(List.of(Change.parse("lead:1@A1024").orElseThrow(),
                Change.parse("lead:2@A2048").orElseThrow(), Change.parse("callback:5@A2048").orElseThrow(),
                Change.parse("dnc@A2048").orElseThrow()));
        assertThat(batch.ids(Change.Kind.LEAD)).isEqualTo(Set.of(1L, 2L));
        assertThat(batch.concerns(Change.Kind.CALLBACK, "A1024")).isFalse();
        assertThat(batch.concerns(Change.Kind.CALLBACK, "A2048")).isTrue();
        assertThat(batch.has(Change.Kind.DNC)).isTrue();
        assertThat(batch.has(Change.Kind.CONTRACT)).isFalse();
        assertThat(batch.resync()).isFalse();
    }

    @Test
    void aResyncConcernsEverythingOfEveryone() {
        ChangeBatch batch = ChangeBatch.of(List.of(Change.resync()));
        assertThat(batch.concerns(Change.Kind.CONTRACT, "A1024")).isTrue();
        assertThat(batch.allIds(Change.Kind.LEAD)).isTrue();
    }
}
