package dev.dialdesk.storage.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.LeadStatus;
import dev.dialdesk.domain.calls.DefaultDispositions;
import dev.dialdesk.domain.calls.Disposition;
import dev.dialdesk.domain.calls.RetryRule;
import dev.dialdesk.storage.ConflictException;
import dev.dialdesk.storage.DispositionStore;
import dev.dialdesk.testing.StoreEngine;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link DispositionStore} contract: the seeded defaults, edits at a row version, new codes,
 * hiding one. Changes are made as the one who may (the desk on SQLite, the team lead on the server)
 * and read back as the desk.
 */
public abstract class DispositionStoreContract {

    @TempDir
    Path dir;
    private StoreEngine engine;
    private DispositionStore centre;

    protected abstract StoreEngine openEngine(Path dir);

    @BeforeEach
    void open() {
        engine = openEngine(dir);
        centre = engine.centreDispositions();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private static Disposition relabelled(Disposition d, String label, RetryRule retry) {
        return new Disposition(d.code(), d.position(), label, d.contact(), d.finalOutcome(), d.sale(), d.doNotCall(),
                d.leadsTo(), retry, d.version());
    }

    @Test
    void theSchemaSeedsExactlyTheDefaultDispositions() {
        assertThat(engine.dispositions().all()).containsExactlyElementsOf(DefaultDispositions.all());
    }

    @Test
    void anEditedDispositionIsReadBackAtTheNextVersion() {
        Disposition busy = centre.find("BUSY").orElseThrow();
        centre.save(relabelled(busy, "바쁨", RetryRule.after(Duration.ofMinutes(45), 4)));

        assertThat(engine.dispositions().find("BUSY")).contains(new Disposition("BUSY", busy.position(), "바쁨",
                busy.contact(), busy.finalOutcome(), busy.sale(), busy.doNotCall(), busy.leadsTo(),
                RetryRule.after(Duration.ofMinutes(45), 4), busy.version() + 1));
    }

    @Test
    void anEditFromAStaleVersionIsAConflictAndChangesNothing() {
        Disposition busy = centre.find("BUSY").orElseThrow();
        centre.save(relabelled(busy, "통화 중", busy.retry()));

        assertThatThrownBy(() -> centre.save(relabelled(busy, "stale screen", busy.retry())))
                .isInstanceOf(ConflictException.class);
        assertThat(centre.find("BUSY")).map(Disposition::customLabel).contains("통화 중");
    }

    @Test
    void aNewCodeIsAddedAndAHiddenOneIsStillFoundForTheCallLog() {
        Disposition voicemail = new Disposition("VOICEMAIL", 10, "음성사서함", false, false, false, false,
                LeadStatus.NO_ANSWER, RetryRule.after(Duration.ofHours(3), 5));
        centre.save(voicemail);
        assertThat(engine.dispositions().all()).extracting(Disposition::code).endsWith("VOICEMAIL");

        centre.deactivate("VOICEMAIL");

        DispositionStore desk = engine.dispositions();
        assertThat(desk.all()).extracting(Disposition::code).doesNotContain("VOICEMAIL");
        assertThat(desk.find("VOICEMAIL")).map(Disposition::customLabel).contains("음성사서함");
    }
}
