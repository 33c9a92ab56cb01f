package dev.dialdesk.service.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dialdesk.domain.text.FlatJson;
import dev.dialdesk.io.JsonSettingsFile;
import dev.dialdesk.service.calls.CallSettingKeys;
import dev.dialdesk.service.calls.DialMethod;
import dev.dialdesk.testing.LogFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings saved to a real settings.json in a temporary folder. */
class SettingsFileSavesTest {

    private static final SettingKey<Integer> WRAP_UP = SettingKey.integer("calls.wrapUpSeconds", 10);

    @TempDir
    Path dir;

    @Test
    void fourHundredSavesOnFourThreadsAllSucceedAndLeaveAValidFile() throws Exception {
        Path file = dir.resolve("settings.json");
        Settings settings = new Settings(new JsonSettingsFile(file));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Future<?>> saves = new ArrayList<>();
        for (int thread = 0; thread < 4; thread++) {
            SettingKey<Integer> own = SettingKey.integer("test.thread" + thread, 0);
            saves.add(threads.submit(() -> {
                for (int i = 1; i <= 100; i++) {
                    settings.set(own, i);
                }
                return null;
            }));
        }
        for (Future<?> save : saves) {
            save.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();

        Map<String, String> written = FlatJson.decode(Files.readString(file));
        assertThat(written).containsOnly(Map.entry("test.thread0", "100"), Map.entry("test.thread1", "100"),
                Map.entry("test.thread2", "100"), Map.entry("test.thread3", "100"));
        try (var left = Files.list(dir)) {
            assertThat(left).as("no temporary file is left behind").containsExactly(file);
        }
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aSaveThatFailsLeavesTheValueInMemoryAsItWas() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "");
        Settings settings = new Settings(new JsonSettingsFile(notAFolder.resolve("settings.json")));

        assertThatThrownBy(() -> settings.set(WRAP_UP, 45)).isInstanceOf(RuntimeException.class);

        assertThat(settings.get(WRAP_UP)).isEqualTo(10);
    }

    @Test
    void aBadValueIsLoggedAndListedAndKeptUntilANewOneIsSaved() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"),
                "{\"calls.dial.method\" : \"PIGEON\", \"agent.id\" : \"A0001\"}");
        Path logs = Files.createDirectory(dir.resolve("logs"));
        Settings settings;
        LogFiles logFiles = LogFiles.writeTo(logs);
        try {
            settings = new Settings(new JsonSettingsFile(file));

            assertThat(settings.get(CallSettingKeys.DIAL_METHOD)).isEqualTo(DialMethod.CLIPBOARD);
            settings.set(SettingKeys.AGENT_NAME, "x");
        } finally {
            logFiles.close();
        }

        assertThat(settings.problems()).containsExactly(
                new SettingProblem(SettingProblem.Kind.BAD_VALUE, "calls.dial.method", "PIGEON"));
        assertThat(FlatJson.decode(Files.readString(file))).containsEntry("calls.dial.method", "PIGEON");
        assertThat(LogFiles.readAll(logs)).contains("calls.dial.method").contains("PIGEON");
    }

    @Test
    void savingAGoodValueClearsItsProblem() {
        Settings settings = new Settings(new JsonSettingsFile(write("{\"calls.dial.method\":\"PIGEON\"}")));
        settings.get(CallSettingKeys.DIAL_METHOD);

        settings.set(CallSettingKeys.DIAL_METHOD, DialMethod.URI);

        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void enumValuesAreReadInAnyCase() {
        Settings settings = new Settings(new JsonSettingsFile(write("{\"calls.dial.method\":\"uri\"}")));

        assertThat(settings.get(CallSettingKeys.DIAL_METHOD)).isEqualTo(DialMethod.URI);
        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void aWordThatIsNotABooleanIsAProblemNotFalse() {
        SettingKey<Boolean> sounds = SettingKey.bool("calls.sounds", true);
        Settings settings = new Settings(new JsonSettingsFile(write("{\"calls.sounds\":\"yes please\"}")));

        assertThat(settings.get(sounds)).isTrue();
        assertThat(settings.problems()).extracting(SettingProblem::setting).containsExactly("calls.sounds");
    }

    @Test
    void anUnreadableFileIsReportedAndKeptBesideTheNewOneAtTheFirstSave() throws Exception {
        Path file = write("{\"centre.zone\": \"Asia/Seoul\", cut short");
        Settings settings = new Settings(new JsonSettingsFile(file));

        assertThat(settings.problems()).extracting(SettingProblem::kind)
                .containsExactly(SettingProblem.Kind.UNREADABLE_FILE);
        settings.set(SettingKeys.CENTRE_ZONE, ZoneId.of("Asia/Tokyo"));

        assertThat(Files.readString(dir.resolve("settings.json.unreadable"))).contains("cut short");
        assertThat(FlatJson.decode(Files.readString(file))).containsExactly(Map.entry("centre.zone", "Asia/Tokyo"));
    }

    private Path write(String json) {
        try {
            return Files.writeString(dir.resolve("settings.json"), json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
