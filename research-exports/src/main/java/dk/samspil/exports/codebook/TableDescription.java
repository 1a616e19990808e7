package dk.samspil.exports.codebook;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.samspil.domain.shared.LocalizedText;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** One exported file: its name in the export folder, what one row is, and its columns in file order. */
@JsonPropertyOrder({"file", "description", "columns"})
public record TableDescription(String file, LocalizedText description, List<ColumnDescription> columns) {

    public TableDescription {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(description, "description");
        columns = List.copyOf(columns);
        Set<String> names = new HashSet<>();
        for (ColumnDescription column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException(file + " lists column '" + column.name() + "' twice");
            }
        }
    }

    public Optional<ColumnDescription> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The file name without its extension ("responses" for responses.parquet). */
    public String baseName() {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }
}
