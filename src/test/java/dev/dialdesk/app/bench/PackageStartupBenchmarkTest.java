package dev.dialdesk.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the package benchmark reads an installed package's layout and its launcher's options. */
class PackageStartupBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void aLinuxPackageIsReadFromItsLauncherConfigurationWithAppdirFilledIn() throws Exception {
        Path opt = dir.resolve("opt/dialdesk");
        Files.createDirectories(opt.resolve("lib/app"));
        Files.createDirectories(opt.resolve("lib/runtime"));
        Files.writeString(opt.resolve("lib/app/dialdesk.cfg"), """
                [Application]
                app.classpath=$APPDIR/dialdesk.jar
                app.mainclass=dev.dialdesk.app.Main

                [JavaOptions]
                java-options=-Djpackage.app-version=0.1.0
                java-options=-XX:TieredStopAtLevel=1
                java-options=-XX:AOTCache=$APPDIR/dialdesk.aot
                java-options=-Xlog:aot=off
                """);
        Files.writeString(opt.resolve("lib/runtime/release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\n");

        PackageStartupBenchmark.InstalledPackage installed = PackageStartupBenchmark.InstalledPackage.in(opt);

        Path app = opt.resolve("lib/app");
        assertThat(installed.launcher()).isEqualTo(opt.resolve("bin/dialdesk"));
        assertThat(installed.javaVersion()).isEqualTo("Java 25.0.3");
        assertThat(installed.options()).containsExactly("-Djpackage.app-version=0.1.0", "-XX:TieredStopAtLevel=1",
                "-XX:AOTCache=" + app.resolve("dialdesk.aot"), "-Xlog:aot=off");
        assertThat(installed.java(installed.optionsWithoutCache(), "dev.dialdesk.app.Main")).containsExactly(
                opt.resolve("lib/runtime/bin/java").toString(), "-Djpackage.app-version=0.1.0",
                "-XX:TieredStopAtLevel=1", "-Xlog:aot=off", "-cp", app.resolve("dialdesk.jar").toString(),
                "dev.dialdesk.app.Main");
    }

    @Test
    void withoutAPackageNamedTheBenchmarkSaysHowToRunIt() throws Exception {
        // The variable is not set in the test JVM (surefire passes only DIALDESK_DATA_DIR).
        List<BenchResult> rows = new PackageStartupBenchmark().run(new Benchmark.BenchContext(BenchSize.SMALL, dir,
                null, 1, System.out));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.what()).contains("skipped").contains(PackageStartupBenchmark.PACKAGE_ENV);
            assertThat(row.met()).isNull();
        });
    }
}
