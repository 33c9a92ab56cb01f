package dev.dialdesk.storage.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbered migration files of one engine, from the class path: {@code DIR/index.txt} lists them
 * in order (the N-th file brings the database to version N; '#' starts a comment line).
 */
public final class MigrationScripts {

    private MigrationScripts() {
    }

    /** The file names listed in {@code dir}'s {@code index.txt}, in order. */
    public static List<String> index(String dir) {
        List<String> names = new ArrayList<>();
        for (String line : read(dir, "index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** One file of {@code dir} as UTF-8 text. */
    public static String read(String dir, String name) {
        try (InputStream in = MigrationScripts.class.getResourceAsStream(dir + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration resource " + dir + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
