package dev.dialdesk.cli;

import static dev.dialdesk.testing.CallLoopFixture.KIM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.io.callbacks.JacksonCallbackListFormat;
import dev.dialdesk.testing.CallLoopFixture;
import dev.dialdesk.testing.CallbackFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dialdesk callbacks}: a day's callbacks as text and as JSON. */
class CallbacksCommandTest {

    @TempDir
    Path dir;

    @Test
    void listsTheDaysCallbacksAsJsonWithOffsetsAndWithoutNames() throws Exception {
        try (CallbackFixture fx = new CallbackFixture(new CallLoopFixture(dir, "2025-03-11T10:00"))) {
            long lead = fx.db.lead(fx.db.batch(KIM, "2025-03-10T09:00"), KIM);
            fx.book(lead, KIM, "2025-03-12T10:00");
            CallbacksCommand command = new CallbacksCommand(() -> fx.callbacks().agenda(), new JacksonCallbackListFormat(),
                    Messages.forLocale(Locale.ENGLISH), () -> Optional.of(KIM), fx.db.clock);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = command.run(List.of("--date", "2025-03-12", "--json"), new PrintStream(out, true, StandardCharsets.UTF_8),
                    System.err);
            String json = out.toString(StandardCharsets.UTF_8);
            assertThat(code).isZero();
            assertThat(json).contains("\"due_at\" : \"2025-03-12T10:00+09:00\"", "\"status\" : \"PENDING\"")
                    .doesNotContain("홍길동");
            out.reset();
            command.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
            assertThat(out.toString(StandardCharsets.UTF_8)).as("today has none").contains("2025-03-11", ": 0");
        }
    }
}
