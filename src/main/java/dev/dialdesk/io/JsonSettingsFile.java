package dev.dialdesk.io;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialdesk.domain.text.FlatJson;
import dev.dialdesk.storage.SettingsStore;
import dev.dialdesk.storage.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settings kept as a flat JSON object of strings in {@code settings.json}. Read and written with
 * {@link FlatJson} (Jackson's classes cost about 150 ms at every start); a hand-edited file the flat
 * reader refuses (numbers, booleans) is read with Jackson. Saves run one at a time, each through its
 * own owner-only temporary file and an atomic move. A file neither can read is reported, and kept as
 * {@code settings.json.unreadable} before the first save replaces it.
 */
public final class JsonSettingsFile implements SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(JsonSettingsFile.class);

    private final Path file;
    private boolean keepUnreadable;

    /** Jackson is loaded only when a file needs it (a file the flat reader refuses). */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }

    public JsonSettingsFile(Path file) {
        this.file = file;
    }

    @Override
    public synchronized Map<String, String> load() {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try {
            return FlatJsonObject.parse(Files.readString(file));
        } catch (FlatJsonObject.NotFlatException | IOException e) {
            LOG.debug("Settings file {} is not a flat object of strings ({}); reading it with Jackson", file,
                    e.getMessage());
        }
        try {
            return Mapper.INSTANCE.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (IOException e) {
            keepUnreadable = true;
            throw new UnreadableSettingsException(file.getFileName() + ": " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public synchronized void save(Map<String, String> values) {
        try {
            if (keepUnreadable && Files.exists(file)) {
                Path kept = file.resolveSibling(file.getFileName() + ".unreadable");
                Files.copy(file, kept, StandardCopyOption.REPLACE_EXISTING);
                LOG.warn("Kept the unreadable settings file as {}", kept.getFileName());
            }
            keepUnreadable = false;
            byte[] content = FlatJson.encodeLines(values).getBytes(StandardCharsets.UTF_8);
            PrivateFiles.writeAtomically(file, out -> out.write(content));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save settings to " + file, e);
        }
    }
}
