package dk.samspil.exports.codebook;

import dk.samspil.domain.shared.LocalizedText;
import dk.samspil.domain.instrument.InstrumentCatalog;
import dk.samspil.domain.shared.InstrumentRef;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A small export as the lead's exporter would describe it: every file, a few rows, three instruments. */
final class CodebookFixtures {

    static final Map<String, Long> ROWS = Map.of(
            "responses.parquet", 1234L, "relation_cells.parquet", 36L, "respondent_scores.parquet", 210L,
            "unit_indices.parquet", 24L, "interventions.parquet", 3L, "org_changes.parquet", 2L,
            "citizen_outcomes.parquet", 48L);

    static final Map<String, Long> SUPPRESSED = Map.of(
            "relation_cells.parquet", 7L, "unit_indices.parquet", 2L, "citizen_outcomes.parquet", 11L);

    private CodebookFixtures() {
    }

    static Codebook codebook() {
        return new Codebook(Codebook.FORMAT, "bu-tidlig-indsats", "Tidlig indsats for udsatte børn og unge",
                "sdu-2026", 4711, "2024-03-01T10:15:30Z", 5,
                "hmac-sha256/partner-secret/v1, first 16 hex digits, prefixed by kind",
                Columns.ALL.stream().map(t -> new Codebook.DataFile(t, ROWS.get(t.file()))).toList(),
                List.of("rk@1", "rc@1", "citizen@1").stream()
                        .map(r -> InstrumentVersion.of(InstrumentCatalog.builtIn().get(InstrumentRef.parse(r))))
                        .toList(),
                "SDU-DSA-2026-3 (covers study bu-tidlig-indsats, until 2027-06-30 inclusive)", citation());
    }

    static Citation citation() {
        return new Citation(List.of(new Citation.Author("Mette Holm", "Aalborg Universitet"), new Citation.Author("Jens Berg", null)),
                "Haderslev Kommune", "Samspil, Haderslev Kommune",
                LocalizedText.of("Udleveret til partner sdu-2026 under aftale SDU-DSA-2026-3.", "Delivered to partner sdu-2026 under agreement SDU-DSA-2026-3."),
                "CC BY-NC 4.0", LocalDate.of(2022, 1, 10), LocalDate.of(2023, 7, 31),
                List.of(new Citation.Collection("baseline", "Opstartsmåling", LocalDate.of(2022, 1, 10), LocalDate.of(2022, 2, 1)),
                        new Citation.Collection("m18", "Afslutningsmåling", LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 31))),
                "Haderslev Kommune", "Danmark");
    }
}
