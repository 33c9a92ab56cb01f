package dev.dialdesk.domain.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every key exists in Korean and English, no key lives in two bundles, and Korean is Korean. */
class MessagesConsistencyTest {

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        for (String base : Messages.BUNDLES) {
            Set<String> english = load(base, "").stringPropertyNames();
            Set<String> korean = load(base, "_ko").stringPropertyNames();
            Set<String> missingInKorean = new TreeSet<>(english);
            missingInKorean.removeAll(korean);
            Set<String> missingInEnglish = new TreeSet<>(korean);
            missingInEnglish.removeAll(english);
            assertThat(missingInKorean).as("keys of %s missing in Korean", base).isEmpty();
            assertThat(missingInEnglish).as("keys of %s missing in English", base).isEmpty();
        }
    }

    /** A pattern with arguments that MessageFormat refuses fails only when shown: find it here instead. */
    @Test
    void everyPatternWithArgumentsIsAValidMessageFormat() throws IOException {
        for (String base : Messages.BUNDLES) {
            for (String suffix : new String[] {"", "_ko"}) {
                Properties bundle = load(base, suffix);
                for (String key : bundle.stringPropertyNames()) {
                    String pattern = bundle.getProperty(key);
                    if (pattern.matches("(?s).*\\{\\d.*")) {
                        assertThatCode(() -> new java.text.MessageFormat(pattern, Locale.ROOT).format(
                                new Object[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}))
                                .as("%s%s: %s", base, suffix, key).doesNotThrowAnyException();
                    }
                }
            }
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (String base : Messages.BUNDLES) {
            for (String key : load(base, "").stringPropertyNames()) {
                String previous = owner.put(key, base);
                assertThat(previous).as("key %s in %s and %s", key, previous, base).isNull();
            }
        }
    }

    /** A key written twice in one file silently takes the last text: the first one is never shown. */
    @Test
    void noKeyIsWrittenTwiceInOneBundle() throws IOException {
        for (String base : Messages.BUNDLES) {
            for (String suffix : new String[] {"", "_ko"}) {
                Set<String> twice = new TreeSet<>();
                Properties counting = new Properties() {
                    @Override
                    public synchronized Object put(Object key, Object value) {
                        if (containsKey(key)) {
                            twice.add(key.toString());
                        }
                        return super.put(key, value);
                    }
                };
                String path = "/" + base.replace('.', '/') + suffix + ".properties";
                try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream(path)) {
                    counting.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                assertThat(twice).as("keys written twice in %s", path).isEmpty();
            }
        }
    }

    @Test
    void lookupFollowsTheRequestedLanguageNotTheMachines() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.KOREA);
            assertThat(Messages.forLocale(Locale.ENGLISH).get("menu.file")).isEqualTo("File");
            assertThat(Messages.forLocale(Locale.KOREAN).get("menu.file")).isEqualTo("파일");
            assertThat(Messages.forLocale(Locale.FRENCH).get("menu.file")).isEqualTo("File");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void argumentsAreFilledIn() {
        Messages english = Messages.forLocale(Locale.ENGLISH);
        assertThat(english.get("error.storage.diskFull", "/tmp/x.db")).contains("/tmp/x.db");
        assertThat(english.get(new Message("error.storage.diskFull", "/tmp/y.db"))).contains("/tmp/y.db");
    }

    private static Properties load(String base, String suffix) throws IOException {
        String path = "/" + base.replace('.', '/') + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream(path)) {
            assertThat(in).as("bundle %s", path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
