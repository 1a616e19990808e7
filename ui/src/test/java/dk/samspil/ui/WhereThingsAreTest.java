package dk.samspil.ui;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's "Where things are" map names every feature package of the code, and nothing that is gone. */
class WhereThingsAreTest {

    private static final Pattern ROW = Pattern.compile("^\\| *`?([a-z-]+)`? *\\| *`(dk\\.samspil[a-z0-9.]*)` *\\|.+\\|\\s*$");

    @Test
    void the_readme_map_lists_exactly_the_feature_packages() throws IOException {
        Set<String> code = featurePackages();
        Set<String> map = mapped();
        Set<String> unmapped = new TreeSet<>(code);
        unmapped.removeAll(map);
        Set<String> gone = new TreeSet<>(map);
        gone.removeAll(code);
        assertThat(unmapped).as("feature packages the README's 'Where things are' map does not name").isEmpty();
        assertThat(gone).as("packages the README's 'Where things are' map names but the code no longer has").isEmpty();
    }

    @Test
    void each_package_is_mapped_under_the_module_that_holds_it() throws IOException {
        for (String line : section()) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                String module = row.group(1);
                String root = switch (module) {
                    case "research-exports" -> "dk.samspil.exports";
                    case "meeting-reports" -> "dk.samspil.reports";
                    default -> "dk.samspil." + module;
                };
                assertThat(row.group(2)).as(line).satisfiesAnyOf(p -> assertThat(p).isEqualTo(root), p -> assertThat(p).startsWith(root + "."));
            }
        }
    }

    /** A class's feature package: dk.samspil.ui.ROOM.FEATURE in ui, dk.samspil.MODULE.FEATURE elsewhere (or the root it sits in). */
    static Set<String> featurePackages() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dk.samspil")) {
            List<String> parts = Arrays.asList(type.getPackageName().split("\\."));
            int depth = parts.get(2).equals("ui") ? 5 : 4;
            packages.add(String.join(".", parts.subList(0, Math.min(depth, parts.size()))));
        }
        return packages;
    }

    static Set<String> mapped() throws IOException {
        Set<String> packages = new TreeSet<>();
        for (String line : section()) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                packages.add(row.group(2));
            }
        }
        return packages;
    }

    static List<String> section() throws IOException {
        List<String> lines = Files.readAllLines(SourceSizeTest.root().resolve("README.md"));
        int start = lines.indexOf("## Where things are");
        assertThat(start).as("README.md has a '## Where things are' section").isNotNegative();
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("## ")) {
            end++;
        }
        return lines.subList(start + 1, end);
    }
}
