package dk.samspil.exports.codebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes README.md for the academic partner: a Danish section, then the same in English. It says what
 * the export holds (files, rows, suppressed aggregates), the as-of position, the pseudonymisation and
 * how to open Parquet in R, Python, DuckDB and Stata. Same input, same bytes.
 */
public final class PartnerReadme {

    public static final String FILE = "README.md";

    private PartnerReadme() {
    }

    /**
     * @param suppressed per file name, how many aggregates were suppressed (n &lt; k); a file left out holds
     *                   no aggregates that can be suppressed (e.g. item-level responses)
     * @throws IllegalArgumentException if suppressed names a file the codebook does not list
     */
    public static byte[] toBytes(Codebook codebook, Map<String, Long> suppressed) {
        Set<String> files = codebook.files().stream().map(Codebook.DataFile::file).collect(Collectors.toSet());
        for (String file : suppressed.keySet()) {
            if (!files.contains(file)) {
                throw new IllegalArgumentException("suppression count for " + file + ", which the export does not contain");
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("# ").append(codebook.title()).append(" (`").append(codebook.study()).append("`): forskningseksport / research export\n\n");
        md.append("[Dansk](#dansk) · [English](#english)\n\n");
        danish(md, codebook, suppressed);
        english(md, codebook, suppressed);
        return (md.toString().stripTrailing() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Writes README.md into the export folder and returns its path. */
    public static Path write(Codebook codebook, Map<String, Long> suppressed, Path folder) throws IOException {
        return Files.write(folder.resolve(FILE), toBytes(codebook, suppressed));
    }

    private static void danish(StringBuilder md, Codebook c, Map<String, Long> suppressed) {
        md.append("## Dansk\n\n");
        md.append("Denne mappe er en forskningseksport af studiet **").append(c.title()).append("** (`").append(c.study())
                .append("`) til partneren `").append(c.partner()).append("`.\n\n");
        md.append("### Tidspunkt\n\n");
        md.append("Alle tal er beregnet ud fra hændelseshistorikken til og med position **").append(c.asOfPosition())
                .append("**, registreret ").append(c.asOfRecordedAt() == null ? "(ukendt tidspunkt)" : c.asOfRecordedAt() + " (UTC)")
                .append(". En ny eksport på samme position giver de samme filer, byte for byte; senere rettelser og"
                        + " nye besvarelser kommer kun med i en eksport på en senere position.\n\n");
        md.append("### Filer\n\n");
        table(md, c, suppressed, "fil", "rækker", "undertrykte aggregater", "indhold", d -> d.description().da());
        md.append("\nDesuden: `codebook.json` og `codebook.xml` (kodebog: hver kolonnes type, betydning, enhed, tilladte"
                + " værdier og manglende værdier samt instrumenternes spørgsmål på dansk og engelsk; XML-filen følger"
                + " DDI-Codebook 2.5) og `manifest.json` (filer, rækker og SHA-256 af hver fil).\n\n");
        md.append("Netværk: mappen `network/` rummer relationerne mellem faggrupper som GraphML, GEXF, Pajek, UCINET DL"
                + " og RSiena-CSV.\n\n");
        md.append("### Undertrykkelse (k = ").append(c.k()).append(")\n\n");
        md.append("Et aggregat (en matrixcelle, et enhedsindeks eller et udfald), der bygger på færre end k = ").append(c.k())
                .append(" respondenter, er undertrykt: værdien er tom (null), `suppressed` er `true`, og `n` og `k`"
                        + " står i rækken. Antallet af undertrykte aggregater pr. fil står i tabellen ovenfor;"
                        + " – betyder, at filen ikke rummer aggregater. Manglende svar (\"ved ikke / ikke relevant\")"
                        + " er tomme og indgår aldrig i gennemsnit eller antal.\n\n");
        md.append("### Pseudonymisering\n\n");
        md.append("Respondenter, borgersager og personer optræder kun under pseudonymer (`r-…`, `c-…`, `p-…`): en nøglet"
                + " HMAC-SHA256 af id'et under en hemmelig nøgle, der kun bruges til jeres partnerskab (")
                .append(c.pseudonymisation()).append("). Pseudonymerne er stabile for jer: samme person har samme"
                        + " pseudonym i alle eksporter til denne partner, så eksporter kan kobles over tid. De kan ikke"
                        + " kobles med eksporter til andre partnere, og de kan ikke føres tilbage til navne eller"
                        + " CPR-numre uden nøglen, som ikke forlader Samspil.\n\n");
        md.append("### Sådan åbner I filerne\n\n");
        md.append("Ved siden af hver Parquet-fil ligger den samme tabel som Stata-fil (`.dta`, format 118) og SPSS-fil (`.sav`) med"
                + " variabel- og værdietiketter på dansk fra kodebogen: kodede kolonner (grupper, enheder, bånd, indsatstyper,"
                + " baggrundsoplysninger) er tal med etiketter, og en tom værdi har sin egen kode med dens betydning (Stata: `.a`–`.z`,"
                + " SPSS: en brugerdefineret manglende værdi; kodebogens `missing` nævner dem). `")
                .append(PartnerRScript.FILE).append("` indlæser alle tabeller i R med haven.\n\n");
        howToOpen(md, "Første linjer i Stata, SPSS og R (haven), og Parquet i R, Python og DuckDB:");
    }

    private static void english(StringBuilder md, Codebook c, Map<String, Long> suppressed) {
        md.append("## English\n\n");
        md.append("This folder is a research export of the study **").append(c.title()).append("** (`").append(c.study())
                .append("`) for the partner `").append(c.partner()).append("`.\n\n");
        md.append("### Point in time\n\n");
        md.append("Every figure is computed from the event history up to and including position **").append(c.asOfPosition())
                .append("**, recorded ").append(c.asOfRecordedAt() == null ? "(time unknown)" : c.asOfRecordedAt() + " (UTC)")
                .append(". A new export at the same position gives the same files, byte for byte; later corrections and"
                        + " new answers appear only in an export at a later position.\n\n");
        md.append("### Files\n\n");
        table(md, c, suppressed, "file", "rows", "suppressed aggregates", "contents", d -> d.description().en());
        md.append("\nAlso: `codebook.json` and `codebook.xml` (codebook: each column's type, meaning, unit, allowed values"
                + " and missing values, and the instruments' questions in Danish and English; the XML follows"
                + " DDI-Codebook 2.5) and `manifest.json` (files, rows and the SHA-256 of each file).\n\n");
        md.append("Networks: the folder `network/` holds the relations between professional groups as GraphML, GEXF,"
                + " Pajek, UCINET DL and RSiena CSV.\n\n");
        md.append("### Suppression (k = ").append(c.k()).append(")\n\n");
        md.append("An aggregate (a matrix cell, a unit index or an outcome) built from fewer than k = ").append(c.k())
                .append(" respondents is suppressed: its value is empty (null), `suppressed` is `true`, and `n` and `k`"
                        + " are in the row. The number of suppressed aggregates per file is in the table above;"
                        + " – means the file holds no aggregates. Missing answers (\"don't know / not relevant\") are"
                        + " empty and never count in a mean or a count.\n\n");
        md.append("### Pseudonymisation\n\n");
        md.append("Respondents, citizen cases and persons appear only as pseudonyms (`r-…`, `c-…`, `p-…`): a keyed"
                + " HMAC-SHA256 of the id under a secret key used for your partnership only (")
                .append(c.pseudonymisation()).append("). The pseudonyms are stable for you: the same person has the same"
                        + " pseudonym in every export to this partner, so exports can be linked over time. They cannot be"
                        + " linked with exports to other partners, and cannot be traced back to names or CPR numbers"
                        + " without the key, which never leaves Samspil.\n\n");
        md.append("### How to open the files\n\n");
        md.append("Beside each Parquet file lies the same table as a Stata file (`.dta`, format 118) and an SPSS file (`.sav`) with"
                + " variable and value labels in Danish from the codebook: coded columns (groups, units, bands, intervention types,"
                + " background attributes) are numbers with labels, and an empty value has a code of its own with its meaning (Stata:"
                + " `.a`–`.z`, SPSS: a user-missing value; the codebook's `missing` names them). `")
                .append(PartnerRScript.FILE).append("` loads every table in R with haven.\n\n");
        howToOpen(md, "The first lines in Stata, SPSS and R (haven), and Parquet in R, Python and DuckDB:");
    }

    private static void table(StringBuilder md, Codebook c, Map<String, Long> suppressed, String file, String rows,
                              String suppressedHeader, String contents, Function<Codebook.DataFile, String> description) {
        md.append("| ").append(file).append(" | ").append(rows).append(" | ").append(suppressedHeader).append(" | ")
                .append(contents).append(" |\n");
        md.append("|---|---:|---:|---|\n");
        for (Codebook.DataFile f : c.files()) {
            Long count = suppressed.get(f.file());
            md.append("| `").append(f.file()).append("` | ").append(f.rows()).append(" | ")
                    .append(count == null ? "–" : count.toString()).append(" | ")
                    .append(description.apply(f).replace("|", "\\|")).append(" |\n");
        }
    }

    private static void howToOpen(StringBuilder md, String intro) {
        md.append(intro).append("\n\n");
        md.append("Stata:\n\n```stata\nuse \"relation_cells.dta\", clear\ndescribe\nlabel list band\n"
                + "tabulate rater_group band, missing\nnotes mean\n```\n\n");
        md.append("SPSS:\n\n```\nGET FILE='relation_cells.sav'.\nDISPLAY DICTIONARY.\n"
                + "CROSSTABS /TABLES=rater_group BY band /MISSING=INCLUDE.\n```\n\n");
        md.append("R (haven):\n\n```r\nlibrary(haven)\ncells <- read_dta(\"relation_cells.dta\")\n"
                + "table(as_factor(cells$rater_group), as_factor(cells$band))\nna_tag(cells$mean)  # \"s\" = suppressed\n"
                + "source(\"").append(PartnerRScript.FILE).append("\")  # every table, and first steps\n```\n\n");
        md.append("R (arrow):\n\n```r\nlibrary(arrow)\nresponses <- read_parquet(\"responses.parquet\")\n```\n\n");
        md.append("Python (pandas with pyarrow):\n\n```python\nimport pandas as pd\n"
                + "responses = pd.read_parquet(\"responses.parquet\")\n"
                + "# or: import pyarrow.parquet as pq; table = pq.read_table(\"responses.parquet\")\n```\n\n");
        md.append("DuckDB:\n\n```sql\nSELECT * FROM read_parquet('responses.parquet');\n```\n\n");
    }
}
