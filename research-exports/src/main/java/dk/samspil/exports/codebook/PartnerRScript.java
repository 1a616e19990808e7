package dk.samspil.exports.codebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes samspil_export.R: loads every table of the export from its Stata file with haven, so variable labels, value
 * labels and the meaning of each missing value come along, and takes the first analysis steps on what the export holds.
 * Run from the export folder; same input, same bytes.
 */
public final class PartnerRScript {

    public static final String FILE = "samspil_export.R";

    private PartnerRScript() {
    }

    public static byte[] toBytes(Codebook codebook) {
        Set<String> tables = codebook.files().stream().map(f -> f.table().baseName()).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        StringBuilder r = new StringBuilder();
        r.append("# ").append(codebook.title()).append(" (").append(codebook.study()).append("): Samspil research export for ")
                .append(codebook.partner()).append(", as-of position ").append(codebook.asOfPosition()).append("\n");
        r.append("# Indlæser eksportens tabeller fra Stata-filerne med haven, så etiketter og manglende værdiers betydning følger med.\n");
        r.append("# Loads the export's tables from the Stata files with haven, so labels and the meaning of missing values come along.\n");
        r.append("# Kør i eksportmappen / run in the export folder:  Rscript ").append(FILE).append("\n\n");
        r.append("library(haven)\n\n");
        r.append("# every table, named as its file (responses.dta -> responses)\n");
        r.append("tables <- c(").append(tables.stream().map(t -> '"' + t + '"').collect(Collectors.joining(", "))).append(")\n");
        r.append("for (name in tables) assign(name, read_dta(paste0(name, \".dta\")))\n");
        r.append("for (name in tables) cat(sprintf(\"%-22s %8d rows  %s\\n\", name, nrow(get(name)), attr(get(name), \"label\")))\n\n");
        r.append("# a coded column holds numbers with value labels; as_factor() gives the labels as a factor.\n");
        r.append("# a missing value keeps its reason as a tagged NA: na_tag() gives the letter, the labels say what it means.\n");
        if (tables.contains("relation_cells")) {
            r.append("\n# relation matrix of the last wave: rater group (rows) rating target group (columns); NA where n < k\n");
            r.append("last <- tail(sort(unique(relation_cells$wave)), 1)\n");
            r.append("cells <- relation_cells[relation_cells$wave == last, ]\n");
            r.append("print(round(xtabs(mean ~ as_factor(rater_group) + as_factor(target_group), data = cells, addNA = TRUE), 2))\n");
            r.append("print(table(as_factor(cells$band), useNA = \"ifany\"))\n");
        }
        if (tables.contains("unit_indices")) {
            r.append("\n# unit index over the waves (mean of the shown units; suppressed units are tagged NA \"s\")\n");
            r.append("print(aggregate(mean ~ wave + instrument + as_factor(scope), data = unit_indices, FUN = mean))\n");
        }
        if (tables.contains("responses")) {
            r.append("\n# item-level responses: mean score per wave and respondent group (\"don't know\" is tagged NA \"d\", left out)\n");
            r.append("print(round(tapply(responses$score, list(as_factor(responses$respondent_group), responses$wave), mean, na.rm = TRUE), 2))\n");
            r.append("print(table(na_tag(responses$score), useNA = \"no\"))\n");
        }
        if (tables.contains("interventions")) {
            r.append("\n# interventions and when they started\n");
            r.append("print(data.frame(intervention = interventions$intervention, type = as_factor(interventions$type),"
                    + " started_on = interventions$started_on))\n");
        }
        return r.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes samspil_export.R into the export folder and returns its path. */
    public static Path write(Codebook codebook, Path folder) throws IOException {
        return Files.write(folder.resolve(FILE), toBytes(codebook));
    }
}
