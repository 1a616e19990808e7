package dk.samspil.exports.codebook;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.samspil.domain.shared.LocalizedText;

import java.util.List;
import java.util.Objects;

/**
 * Everything codebook.json, codebook.xml and README.md say about one export. Holds no clock time:
 * the as-of time is the recording time of the as-of event, so the same export is the same bytes.
 *
 * @param asOfRecordedAt when the as-of event was recorded (ISO instant), or null if unknown
 * @param files          the exported files in the order the export lists them
 * @param instruments    the instrument versions the study uses, in the study's order
 * @param agreement      the data-sharing agreement the export is made under: its reference and its terms in words
 * @param citation       how an archive cites the data
 */
@JsonPropertyOrder({"format", "study", "title", "citation", "partner", "agreement", "as_of_position", "as_of_recorded_at", "k",
        "pseudonymisation", "files", "instruments"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Codebook(
        String format,
        String study,
        String title,
        String partner,
        @JsonProperty("as_of_position") long asOfPosition,
        @JsonProperty("as_of_recorded_at") String asOfRecordedAt,
        int k,
        String pseudonymisation,
        List<DataFile> files,
        List<InstrumentVersion> instruments,
        String agreement,
        Citation citation) {

    public static final String FORMAT = "samspil-codebook/1";

    public Codebook {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(citation, "citation");
        files = List.copyOf(files);
        instruments = List.copyOf(instruments);
    }

    /** One exported file with the number of rows written; in JSON the table's fields sit beside rows. */
    @JsonPropertyOrder({"file", "rows", "description", "columns"})
    public record DataFile(@JsonIgnore TableDescription table, long rows) {

        public DataFile {
            Objects.requireNonNull(table, "table");
        }

        @JsonProperty("file")
        public String file() {
            return table.file();
        }

        @JsonProperty("description")
        public LocalizedText description() {
            return table.description();
        }

        @JsonProperty("columns")
        public List<ColumnDescription> columns() {
            return table.columns();
        }
    }
}
