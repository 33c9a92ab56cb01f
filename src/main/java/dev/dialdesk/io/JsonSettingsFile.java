package dev.dialdesk.io;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dialdesk.service.settings.SettingsStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Settings kept as a flat JSON object in {@code settings.json}, replaced atomically on save. */
public final class JsonSettingsFile implements SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(JsonSettingsFile.class);
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public JsonSettingsFile(Path file) {
        this.file = file;
    }

    @Override
    public Map<String, String> load() {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try {
            return MAPPER.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (IOException e) {
            LOG.warn("Settings file {} is unreadable ({}); using defaults", file, e.getMessage());
            return Map.of();
        }
    }

    @Override
    public void save(Map<String, String> values) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            MAPPER.writeValue(temp.toFile(), values);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save settings to " + file, e);
        }
    }
}
