package com.lstmexplorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The app's package structure, read from the compiled main classes: no two packages depend on each other,
 * however indirectly (a cycle means neither can be understood, tested or changed alone), and the engine
 * (model and its sub-packages) stays a plain library, as {@code model.ModelArchitectureTest} also checks
 * on the sources' imports.
 */
class ArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.lstmexplorer");
    /** The engine alone (it depends on no other app package), so that its layering is checked on its own. */
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.lstmexplorer.model");

    @Test
    void noPackageCycles() {
        slices().matching("com.lstmexplorer.(**)").should().beFreeOfCycles().check(APP);
    }

    /**
     * The engine's own layering: model.cell, then model, model.task, and model.train and model.analysis on it.
     * Checked apart from the app because, with two unrelated cycles, ArchUnit 1.4.1 was seen to report only one.
     */
    @Test
    void noPackageCyclesInTheEngine() {
        slices().matching("com.lstmexplorer.(**)").should().beFreeOfCycles().check(ENGINE);
    }

    /**
     * The snapshot feature's parts: the format (what a snapshot is) at the bottom, the store on it, ownership on
     * the store; {@code snapshots} itself composes them. Checked apart, as the engine is, so that a cycle among
     * them is reported however many others the app has.
     */
    @Test
    void noCyclesAmongTheSnapshotsParts() {
        slices().matching("com.lstmexplorer.snapshots.(*)..").should().beFreeOfCycles().check(APP);
    }

    @Test
    void theEngineUsesNeitherSpringNorWebNorOtherAppPackages() {
        noClasses().that().resideInAPackage("com.lstmexplorer.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "tools.jackson..", "com.fasterxml..")
                .orShould().dependOnClassesThat().resideOutsideOfPackages("com.lstmexplorer.model..", "java..",
                        "org.ejml..", "jdk.incubator.vector..",
                        "com.sun.management..") // model.cell.JvmFacts reads HotSpot's flags
                .check(APP);
    }
}
