package dev.dialdesk.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.rules.OpeningScript;
import dev.dialdesk.storage.OpeningScriptStore;
import dev.dialdesk.storage.jdbc.JdbcOpeningScripts;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link OpeningScriptStore} contract, run on every engine: the statements are the centre's (written
 * on the team lead's desk, read on the agent's), an opening said is the agent's own, marked once.
 */
public abstract class OpeningScriptStoreContract {

    @TempDir
    Path dir;
    private StoreEngine engine;
    private OpeningScriptStore centre;
    private OpeningScriptStore desk;
    private Instant at;

    protected abstract StoreEngine openEngine(Path dir);

    @BeforeEach
    void open() {
        engine = openEngine(dir);
        centre = new JdbcOpeningScripts(engine.teamLead());
        desk = new JdbcOpeningScripts(engine.desk());
        at = engine.clock().instant();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aProductWithoutItsOwnStatementGetsTheDefaultAndNoneWhenTheCentreWroteNone() {
        assertThat(desk.forProduct("암보험")).isEmpty();
        assertThat(centre.save(new OpeningScript("", "안녕하세요, {company}입니다.", 0), at)).isTrue();
        assertThat(centre.save(new OpeningScript("암보험", "{product} 안내 전화입니다.", 0), at)).isTrue();

        assertThat(desk.forProduct(" 암보험 ")).map(OpeningScript::text).contains("{product} 안내 전화입니다.");
        assertThat(desk.forProduct("치아보험")).map(OpeningScript::product).contains("");
        assertThat(desk.forProduct(null)).map(OpeningScript::product).contains("");
        assertThat(desk.all()).extracting(OpeningScript::product).containsExactly("", "암보험");
    }

    @Test
    void aStatementIsChangedOnlyFromTheVersionReadAndAddedOnlyOnce() {
        assertThat(centre.save(new OpeningScript("", "first", 0), at)).isTrue();
        assertThat(centre.save(new OpeningScript("", "a second first", 0), at)).isFalse();
        OpeningScript read = desk.forProduct("").orElseThrow();
        assertThat(read.version()).isEqualTo(1);

        assertThat(centre.save(new OpeningScript("", "edited", read.version()), at.plusSeconds(60))).isTrue();
        assertThat(centre.save(new OpeningScript("", "edited from a stale read", read.version()), at)).isFalse();
        assertThat(desk.forProduct("")).map(OpeningScript::text).contains("edited");
        assertThat(desk.forProduct("")).map(OpeningScript::version).contains(2L);
    }

    @Test
    void theOpeningSaidOnACallIsMarkedOnceByTheAgent() {
        long lead = engine.lead(StoreEngine.AGENT, PhoneNumber.ofE164("+821055551002"));
        UUID call = UUID.randomUUID();

        assertThat(desk.saidOn(call)).isFalse();
        assertThat(desk.markSaid(call, lead, StoreEngine.AGENT, at, false)).isTrue();
        assertThat(desk.markSaid(call, lead, StoreEngine.AGENT, at.plusSeconds(5), true)).isFalse();
        assertThat(desk.saidOn(call)).isTrue();
        assertThat(desk.saidOn(UUID.randomUUID())).isFalse();
        assertThat(engine.queryOne("SELECT late FROM call_opening WHERE client_id = '" + call + "'")).isEqualTo("0");
    }
}
