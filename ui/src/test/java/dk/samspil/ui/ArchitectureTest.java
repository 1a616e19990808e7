package dk.samspil.ui;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module boundaries of the design: ui -> (projections, research-exports) -> domain, a domain free of infrastructure,
 * and inside ui one place per use case (app) under two callers that know nothing of each other (cli, web).
 */
class ArchitectureTest {

    /** Runtime packages the use cases stand on; the rest of runtime (config, launch, demo, bench) wires and starts them. */
    static final String[] RUNTIME_BELOW_USE_CASES = {"dk.samspil.ui.runtime.settings..", "dk.samspil.ui.runtime.storage..",
            "dk.samspil.ui.runtime.readmodel..", "dk.samspil.ui.runtime.control.."};

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
                .layer("meeting-reports").definedBy("dk.samspil.reports..")
                .layer("projections").definedBy("dk.samspil.projections..")
                .layer("domain").definedBy("dk.samspil.domain..")
                .whereLayer("ui").mayNotBeAccessedByAnyLayer()
                .whereLayer("research-exports").mayOnlyBeAccessedByLayers("ui")
                .whereLayer("meeting-reports").mayOnlyBeAccessedByLayers("ui")
                .whereLayer("projections").mayOnlyBeAccessedByLayers("ui", "research-exports", "meeting-reports")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("ui", "research-exports", "meeting-reports", "projections")
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
        noClasses().that().resideInAnyPackage("dk.samspil.projections..", "dk.samspil.exports..", "dk.samspil.reports..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "com.vaadin..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void use_cases_know_neither_the_command_line_nor_the_web() {
        noClasses().that().resideInAPackage("dk.samspil.ui.app..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.samspil.ui.cli..", "dk.samspil.ui.web..")
                .check(classes);
    }

    @Test
    void no_room_names_a_room_it_may_not_know_in_its_source() throws IOException {
        // the compiler copies constants into the class that uses them, so bytecode alone misses such a dependency
        assertThat(naming("app", "cli|web")).as("use cases naming a cli or web class").isEmpty();
        assertThat(naming("cli", "web")).as("commands naming a web class").isEmpty();
        assertThat(naming("web", "cli")).as("web classes naming a command").isEmpty();
    }

    private static List<Path> naming(String room, String forbidden) throws IOException {
        Pattern names = Pattern.compile("dk\\.samspil\\.ui\\.(" + forbidden + ")\\b");
        try (Stream<Path> files = Files.walk(SourceSizeTest.root().resolve("ui/src/main/java/dk/samspil/ui/" + room))) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> names.matcher(read(f)).find()).toList();
        }
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_command_line_and_the_web_know_nothing_of_each_other() {
        noClasses().that().resideInAPackage("dk.samspil.ui.cli..")
                .should().dependOnClassesThat().resideInAPackage("dk.samspil.ui.web..")
                .check(classes);
        noClasses().that().resideInAPackage("dk.samspil.ui.web..")
                .should().dependOnClassesThat().resideInAPackage("dk.samspil.ui.cli..")
                .check(classes);
    }

    @Test
    void feature_packages_have_no_cycles() {
        for (String module : List.of("domain", "projections", "exports", "reports")) {
            slices().matching("dk.samspil." + module + ".(*)..").should().beFreeOfCycles().check(classes);
        }
    }

    @Test
    void what_use_cases_stand_on_knows_no_use_case_and_no_caller() {
        noClasses().that().resideInAnyPackage(RUNTIME_BELOW_USE_CASES)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dk.samspil.ui.app..", "dk.samspil.ui.cli..", "dk.samspil.ui.web..",
                        "dk.samspil.ui.runtime.config..", "dk.samspil.ui.runtime.launch..",
                        "dk.samspil.ui.runtime.demo..", "dk.samspil.ui.runtime.bench..")
                .check(classes);
    }

    @Test
    void ui_feature_packages_have_no_cycles() {
        slices().matching("dk.samspil.ui.(*).(*)..").should().beFreeOfCycles().check(classes);
    }
}
