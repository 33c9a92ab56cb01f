package dev.dialdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.dialdesk.service.stats.MetricFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layer rules of ARCHITECTURE.md, from the first commit: ui → service → domain; storage.sqlite
 * and io implement what service needs; only app (the composition root) knows everything.
 */
class LayerRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.dialdesk");
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("App").definedBy("dev.dialdesk.app..")
                .layer("Cli").definedBy("dev.dialdesk.cli..")
                .layer("Ui").definedBy("dev.dialdesk.ui..")
                .layer("Io").definedBy("dev.dialdesk.io..")
                .layer("Sqlite").definedBy("dev.dialdesk.storage.sqlite..")
                .layer("Postgres").definedBy("dev.dialdesk.storage.postgres..")
                .layer("Jdbc").definedBy("dev.dialdesk.storage.jdbc..")
                .layer("StorageApi").definedBy("dev.dialdesk.storage")
                .layer("Service").definedBy("dev.dialdesk.service..")
                .layer("Domain").definedBy("dev.dialdesk.domain..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Io").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Sqlite").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Postgres").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Jdbc").mayOnlyBeAccessedByLayers("App", "Sqlite", "Postgres")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Io", "Sqlite", "Jdbc")
                .whereLayer("StorageApi").mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Io", "Sqlite", "Postgres", "Jdbc", "Service")
                .check(classes);
    }

    @Test
    void domainIsPlainJava() {
        noClasses().that().resideInAPackage("dev.dialdesk.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javax.swing..", "java.awt..", "java.sql..", "com.fasterxml.jackson..", "org.slf4j..",
                        "org.sqlite..")
                .check(classes);
    }

    @Test
    void onlyUiAndAppTouchSwing() {
        noClasses().that().resideOutsideOfPackages("dev.dialdesk.ui..", "dev.dialdesk.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "com.formdev..",
                        "net.miginfocom..", "org.jfree..", "com.github.lgooddatepicker..")
                .check(classes);
    }

    @Test
    void serviceKnowsNoJdbcNorJackson() {
        noClasses().that().resideInAPackage("dev.dialdesk.service..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "com.fasterxml.jackson..",
                        "org.sqlite..")
                .check(classes);
    }

    @Test
    void jacksonLivesInIo() {
        noClasses().that().resideOutsideOfPackages("dev.dialdesk.io..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void nobodyPrintsStackTraces() {
        noClasses().should().callMethod(Throwable.class, "printStackTrace").check(classes);
    }

    /**
     * The stores and the file formats implement ports; they use no service class that does the work
     * (a PostgreSQL store must not need the SQLite one's service helpers, nor a store a service).
     * Allowed: ports (interfaces), the values they carry (records, enums, exceptions), and
     * {@code MetricFormat}, the one way a metric is written for people (screen, morning report, CLI):
     * a second formatter in io would be the duplicate this project avoids.
     */
    @Test
    void storageAndIoDependOnNoConcreteServiceClass() {
        noClasses().that().resideInAnyPackage("dev.dialdesk.storage..", "dev.dialdesk.io..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.dialdesk.service..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.INTERFACES))
                        .and(DescribedPredicate.not(JavaClass.Predicates.type(MetricFormat.class)))
                        .and(DescribedPredicate.not(JavaClass.Predicates.assignableTo(Record.class)))
                        .and(DescribedPredicate.not(JavaClass.Predicates.assignableTo(Enum.class)))
                        .and(DescribedPredicate.not(JavaClass.Predicates.assignableTo(Throwable.class)))
                        .as("concrete service classes (not ports, records, enums or exceptions)"))
                .check(classes);
    }

    /** Screens talk to services; which engine stores the data is the composition root's business. */
    @Test
    void uiKnowsNoStorageType() {
        noClasses().that().resideInAPackage("dev.dialdesk.ui..")
                .should().dependOnClassesThat().resideInAPackage("dev.dialdesk.storage..")
                .check(classes);
    }

    /** One background-task template: screens run slow work through TaskRunner / BackgroundTask only. */
    @Test
    void screensRunBackgroundWorkThroughTheOneTemplate() {
        noClasses().that().resideInAPackage("dev.dialdesk.ui..")
                .and().doNotHaveFullyQualifiedName("dev.dialdesk.ui.common.BackgroundTask")
                .and().doNotHaveFullyQualifiedName("dev.dialdesk.ui.common.BackgroundTask$1")
                .should().dependOnClassesThat().haveFullyQualifiedName("javax.swing.SwingWorker")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.CompletableFuture")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors")
                .orShould().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class, Runnable.class, String.class)
                .check(classes);
    }
}
