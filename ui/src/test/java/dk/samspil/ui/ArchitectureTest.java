package dk.samspil.ui;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module boundaries of the design: ui -> (projections, research-exports) -> domain, and a domain free of infrastructure. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dk.samspil");
    }

    @Test
    void modules_depend_only_downwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("ui").definedBy("dk.samspil.ui..")
                .layer("research-exports").definedBy("dk.samspil.exports..")
                .layer("projections").definedBy("dk.samspil.projections..")
                .layer("domain").definedBy("dk.samspil.domain..")
                .whereLayer("ui").mayNotBeAccessedByAnyLayer()
                .whereLayer("research-exports").mayOnlyBeAccessedByLayers("ui")
                .whereLayer("projections").mayOnlyBeAccessedByLayers("ui", "research-exports")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("ui", "research-exports", "projections")
                .check(classes);
    }

    @Test
    void the_domain_knows_nothing_of_web_ui_spring_or_duckdb() {
        noClasses().that().resideInAPackage("dk.samspil.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.vaadin..", "org.duckdb..", "jakarta.servlet..", "java.sql..")
                .check(classes);
    }

    @Test
    void projections_and_exports_know_nothing_of_web_or_ui() {
        noClasses().that().resideInAnyPackage("dk.samspil.projections..", "dk.samspil.exports..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "com.vaadin..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("dk.samspil.(*).(*)..").should().beFreeOfCycles().check(classes);
    }
}
