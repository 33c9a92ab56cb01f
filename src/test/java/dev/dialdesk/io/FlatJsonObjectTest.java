package dev.dialdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlatJsonObjectTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        " { } ",
        "{\n  \"agent.id\" : \"A0001\",\n  \"agent.name\" : \"홍길동\"\n}\n",
        "{\"a\":\"1\",\"a\":\"2\"}",
        "{\"quote\":\"say \\\"hi\\\"\",\"path\":\"C:\\\\Users\\\\kim\",\"slash\":\"a\\/b\"}",
        "{\"escapes\":\"\\b\\f\\n\\r\\t\",\"unicode\":\"\\uD55C\\u00e9\\uD83D\\uDE00\"}",
        "{\"none\":null,\"empty\":\"\"}",
    })
    void readsWhatJacksonReads(String json) throws Exception {
        Map<String, String> jackson = JACKSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });

        assertThat(FlatJsonObject.parse(json)).containsExactlyEntriesOf(jackson);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "\uFEFF{}", "[]", "{\"a\":1}", "{\"a\":true}", "{\"a\":{\"b\":\"c\"}}", "{\"a\":[\"b\"]}",
        "{\"a\":\"b\"", "{\"a\":\"b\",}", "{\"a\" \"b\"}", "{\"a\":\"b\"} x", "{\"a\":\"\\x\"}",
        "{\"a\":\"\\u12\"}", "{\"a\":\"line\nbreak\"}", "{\"a\":\"open}",
    })
    void leavesEverythingElseToJackson(String json) {
        assertThatThrownBy(() -> FlatJsonObject.parse(json)).isInstanceOf(FlatJsonObject.NotFlatException.class);
    }

    @Test
    void settingsThatAreNotFlatStringsAreStillReadByJackson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"calls.wrapUpSeconds\" : 30, \"agent.id\" : \"A0001\"}");

        assertThat(new JsonSettingsFile(file).load())
                .containsEntry("calls.wrapUpSeconds", "30")
                .containsEntry("agent.id", "A0001");
    }

    @Test
    void whatIsSavedIsReadBackWithoutJackson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("agent.id", "A0001");
        values.put("agent.name", "김 \"상담\" \\ 원\t");
        new JsonSettingsFile(file).save(values);

        assertThat(FlatJsonObject.parse(Files.readString(file))).containsExactlyEntriesOf(values);
    }
}
