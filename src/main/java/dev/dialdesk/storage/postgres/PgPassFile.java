package dev.dialdesk.storage.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * libpq's password file ({@code ~/.pgpass}, or the file {@code PGPASSFILE} names): lines of
 * {@code hostname:port:database:username:password}, {@code *} matching anything, {@code \:} and
 * {@code \\} escaping, {@code #} starting a comment, the first matching line winning. As libpq does,
 * a file that the group or others may read or write is ignored ({@link #tooOpen}): its passwords
 * are no secret. pgjdbc reads the file too, but without that rule, and the desk must know whether to
 * ask before it connects; so Dialdesk reads it here and passes the password on.
 */
public final class PgPassFile {

    private static final Set<PosixFilePermission> OPEN = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final Path file;

    public PgPassFile(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** True when the file exists but the group or others have any access to it (POSIX only). */
    public boolean tooOpen() throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null || !Files.exists(file)) {
            return false;
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        return permissions.stream().anyMatch(OPEN::contains);
    }

    /**
     * The password of the first line matching the server, or empty: no file, not a regular file, a
     * file open to others ({@link #tooOpen}), or no matching line.
     */
    public Optional<String> passwordFor(String host, int port, String database, String user) throws IOException {
        if (!Files.isRegularFile(file) || tooOpen()) {
            return Optional.empty();
        }
        String[] wanted = {host, Integer.toString(port), database, user};
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<Field> fields = fields(line);
            if (fields.size() < 5) {
                continue;
            }
            if (matches(fields, wanted)) {
                return Optional.of(fields.get(4).value());
            }
        }
        return Optional.empty();
    }

    private static boolean matches(List<Field> fields, String[] wanted) {
        for (int i = 0; i < wanted.length; i++) {
            Field field = fields.get(i);
            if (!field.any() && !field.value().equals(wanted[i])) {
                return false;
            }
        }
        return true;
    }

    /** One field, unescaped; {@code any}: written as a bare {@code *} (an escaped {@code \*} is a star). */
    record Field(String value, boolean any) {
    }

    /** The line split at unescaped colons into four fields and the password (the rest of the line). */
    static List<Field> fields(String line) {
        List<Field> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean escaped = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
                escaped = true;
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field(current, escaped));
                current.setLength(0);
                escaped = false;
            } else {
                current.append(c);
            }
        }
        fields.add(field(current, escaped));
        return fields;
    }

    private static Field field(StringBuilder text, boolean escaped) {
        return new Field(text.toString(), !escaped && text.toString().equals("*"));
    }
}
