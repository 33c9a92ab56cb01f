import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies the shaded jar for one package, keeping only the SQLite native library of the platform the
 * package is for (sqlite-jdbc's {@code org/sqlite/native/OS/ARCH/}): the plain jar carries about 25
 * platforms' libraries, most of its size. The platform is the one of the JVM running this program,
 * as sqlite-jdbc itself names it ({@code OSInfo.getNativeLibFolderPathForCurrentOS()}), so the driver
 * finds its library in the copy exactly where it looks for it. Every other entry is copied unchanged,
 * in order, with its time. Run with the JDK of the package (a single-file source program):
 *
 * <pre>java scripts/packaging/KeepOwnNativeLibrary.java IN.jar OUT.jar</pre>
 *
 * Prints the platform kept; fails when the jar has no library for it (the package would not start).
 */
public final class KeepOwnNativeLibrary {

    private static final String NATIVE = "org/sqlite/native/";

    private KeepOwnNativeLibrary() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java KeepOwnNativeLibrary.java IN.jar OUT.jar");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String platform = platformOf(in);
        String kept = NATIVE + platform + "/";
        int removed = 0;
        boolean found = false;
        Path part = out.resolveSibling(out.getFileName() + ".part");
        try (ZipFile zip = new ZipFile(in.toFile());
             ZipOutputStream copy = new ZipOutputStream(Files.newOutputStream(part))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (isOtherPlatform(name, kept)) {
                    removed++;
                    continue;
                }
                found |= name.startsWith(kept) && !entry.isDirectory();
                copyEntry(zip, entry, copy);
            }
        }
        if (!found) {
            Files.delete(part);
            System.err.println(in + " holds no SQLite native library for " + platform
                    + " (" + kept + "): a package for this platform would not start");
            System.exit(1);
        }
        Files.move(part, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println(platform + " (" + removed + " entries of other platforms left out)");
    }

    /** A native-library entry that is neither the kept platform's nor one of the folders above it. */
    static boolean isOtherPlatform(String name, String kept) {
        return name.startsWith(NATIVE) && !name.startsWith(kept) && !kept.startsWith(name);
    }

    private static void copyEntry(ZipFile zip, ZipEntry entry, ZipOutputStream copy) throws IOException {
        ZipEntry target = new ZipEntry(entry.getName());
        target.setTime(entry.getTime());
        copy.putNextEntry(target);
        if (!entry.isDirectory()) {
            try (InputStream data = zip.getInputStream(entry)) {
                data.transferTo(copy);
            }
        }
        copy.closeEntry();
    }

    /** sqlite-jdbc's own name for this JVM's platform, e.g. {@code Linux/x86_64}, {@code Windows/x86_64}. */
    private static String platformOf(Path jar) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Class<?> osInfo = Class.forName("org.sqlite.util.OSInfo", true, loader);
            Method folder = osInfo.getMethod("getNativeLibFolderPathForCurrentOS");
            return (String) folder.invoke(null);
        }
    }
}
