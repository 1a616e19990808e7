package dk.samspil.exports;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.exports.codebook.TableDescription;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.studies.StudySummary;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One export as its file writers see it: the study's structure at the as-of position, for one partner under its
 * agreement, built in {@code folder}.
 *
 * @param gate       which figures show their value: every one of k or more under a microdata agreement, otherwise
 *                   those the release point at {@code position} shows
 * @param recordedAt when the as-of event was recorded (ISO instant), or null if unknown
 * @param matrices   every relational instrument's matrix per wave, computed once for relation_cells.parquet and the
 *                   network files
 * @param attributes the study's background attributes at the position, in study.json's order
 * @param tables     what the codebook says of every table the export can write, with the study's groups and units coded
 */
record ExportRun(StudySummary summary, PartnerId partner, long position, String recordedAt, ExportOptions options,
                 PartnerAgreement agreement, FigureGate gate, Map<InstrumentRef, List<RelationMatrix>> matrices, List<AttributeSpec> attributes,
                 List<TableDescription> tables, Path folder) {

    StudyId study() {
        return summary.study();
    }

    int k() {
        return options.k();
    }

    List<AttributeSpec> attributes(AttributeSpec.AppliesTo about) {
        return attributes.stream().filter(a -> a.appliesTo() == about).toList();
    }

    /** The codebook's description of a file the export writes. */
    TableDescription table(String file) {
        return tables.stream().filter(t -> t.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the codebook describes no file " + file));
    }

    AsOf at() {
        return new AsOf.Position(position);
    }
}
