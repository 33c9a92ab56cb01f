package dev.dialdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
                .whereLayer("Jdbc").mayOnlyBeAccessedByLayers("Sqlite", "Postgres")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Io", "Sqlite")
                .whereLayer("StorageApi").mayOnlyBeAccessedByLayers("App", "Cli", "Ui", "Io", "Sqlite", "Postgres", "Service")
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
}
