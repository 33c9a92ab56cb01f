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

/**
 * Settings kept as a flat JSON object in {@code settings.json}, replaced atomically on save. Read at
 * every start without Jackson ({@link FlatJsonObject}); written with Jackson.
 */
public final class JsonSettingsFile implements SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(JsonSettingsFile.class);

    private final Path file;

    /** Jackson is loaded only when a file needs it (a save, or a file the light reader refuses). */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public JsonSettingsFile(Path file) {
        this.file = file;
    }

    @Override
    public Map<String, String> load() {
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
            LOG.warn("Settings file {} is unreadable ({}); using defaults", file, e.getMessage());
            return Map.of();
        }
    }

    @Override
    public void save(Map<String, String> values) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Mapper.INSTANCE.writeValue(temp.toFile(), values);
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
