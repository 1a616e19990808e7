package dk.samspil.exports;

import dk.samspil.exports.codebook.Codebook;
import dk.samspil.exports.codebook.Columns;
import dk.samspil.exports.codebook.PartnerReadme;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** README.md: how to open the files, and how many aggregates of each Parquet file were suppressed. */
final class ReadmeFile {

    private ReadmeFile() {
    }

    static ExportManifest.ExportedFile write(Codebook codebook, List<ExportManifest.ExportedFile> files, ExportRun run) throws IOException {
        Map<String, Long> suppressed = new LinkedHashMap<>();
        files.stream().filter(f -> Columns.table(f.name()).isPresent()).forEach(f -> suppressed.put(f.name(), f.suppressed()));
        return ExportedFiles.document(PartnerReadme.write(codebook, suppressed, run.folder()), run.folder(),
                "how to open the files in Stata, SPSS, R, Python and DuckDB, and what was suppressed (Danish and English)");
    }
}
