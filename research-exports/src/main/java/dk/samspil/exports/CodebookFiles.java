package dk.samspil.exports;

import dk.samspil.domain.shared.LocalizedText;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.domain.study.StudyCitation;
import dk.samspil.exports.codebook.AttributeColumns;
import dk.samspil.exports.codebook.Citation;
import dk.samspil.exports.codebook.Code;
import dk.samspil.exports.codebook.Codebook;
import dk.samspil.exports.codebook.CodebookJson;
import dk.samspil.exports.codebook.Columns;
import dk.samspil.exports.codebook.DataPackage;
import dk.samspil.exports.codebook.DdiCodebook;
import dk.samspil.exports.codebook.InstrumentVersion;
import dk.samspil.exports.codebook.PartnerReadme;
import dk.samspil.exports.codebook.StudyCodes;
import dk.samspil.exports.codebook.TableDescription;
import dk.samspil.exports.partner.Pseudonymiser;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.studies.StudySummary;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** codebook.json and codebook.xml: every column of the Parquet files written, and every instrument's items. */
final class CodebookFiles {

    private final ReadModel readModel;

    CodebookFiles(ReadModel readModel) {
        this.readModel = readModel;
    }

    /** Every table an export of the study at the position can write, with its groups and units coded. */
    List<TableDescription> tables(StudySummary summary, List<AttributeSpec> attributes, long position) {
        List<TableDescription> described = new ArrayList<>(Columns.ALL);
        described.add(AttributeColumns.respondents(attributes));
        described.add(AttributeColumns.citizens(attributes));
        StudyId study = summary.study();
        return StudyCodes.worded(StudyCodes.apply(described, named(study, "grp", position), named(study, "unit", position)),
                instruments(summary));
    }

    private List<InstrumentVersion> instruments(StudySummary summary) {
        return summary.instruments().stream()
                .map(ref -> readModel.instruments().find(summary.study(), ref).orElseThrow()).map(InstrumentVersion::of).toList();
    }

    /** Every group or unit the study has had by the position, in the order it was defined, with its latest name. */
    private List<Code> named(StudyId study, String table, long position) {
        try (Connection c = readModel.store().connection()) {
            return ReadModelStore.query(c, "SELECT " + table + ", arg_max(name, recorded_pos) FROM " + table
                            + " WHERE study = ? AND recorded_pos <= ? GROUP BY " + table + " ORDER BY min(recorded_pos), " + table,
                    r -> StudyCodes.named(r.getString(1), r.getString(2)), study.value(), position);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the " + table + " keys of study " + study, e);
        }
    }

    /** What the codebooks and the README say about the export, given the files written so far. */
    Codebook codebook(ExportRun run, List<ExportManifest.ExportedFile> files) {
        List<Codebook.DataFile> tables = files.stream().flatMap(f -> run.tables().stream().filter(t -> t.file().equals(f.name()))
                .map(t -> new Codebook.DataFile(t, f.rows()))).toList();
        List<InstrumentVersion> instruments = instruments(run.summary());
        return new Codebook(Codebook.FORMAT, run.study().value(), run.summary().title(), run.partner().value(), run.position(),
                run.recordedAt(), run.k(), Pseudonymiser.SCHEME, tables, instruments,
                run.agreement().reference() + " (" + run.agreement().terms() + ")", citation(run));
    }

    /** The citation from the study's events (the organisation where the study names no authors, producer or distributor) and the agreement's. */
    private Citation citation(ExportRun run) {
        StudySummary summary = run.summary();
        String organisation = summary.organisationName() == null ? summary.tenant().value() : summary.organisationName();
        StudyCitation stated = readModel.catalog().citation(run.study(), run.at()).orElse(new StudyCitation(List.of(), null, null));
        List<Citation.Author> authors = stated.authors().isEmpty() ? List.of(new Citation.Author(organisation, null))
                : stated.authors().stream().map(a -> new Citation.Author(a.name(), a.affiliation())).toList();
        List<Citation.Collection> waves = summary.waves().stream()
                .map(w -> new Citation.Collection(w.key(), w.label(), w.opensOn(), w.closesOn())).toList();
        LocalDate start = Stream.concat(Stream.ofNullable(summary.startsOn()), waves.stream().map(Citation.Collection::opensOn))
                .min(LocalDate::compareTo).orElse(null);
        LocalDate end = waves.stream().map(Citation.Collection::closesOn).max(LocalDate::compareTo).orElse(null);
        PartnerAgreement agreement = run.agreement();
        String daScope = (agreement.studies().isEmpty() ? "dækker alle studier" : "dækker studie " + String.join(", ", agreement.studies()))
                + (agreement.until() == null ? " uden slutdato" : " til og med " + agreement.until());
        LocalizedText access = LocalizedText.of(
                "Udleveret til partner " + run.partner() + " under aftale " + agreement.reference() + ", der "
                        + (agreement.itemLevelMicrodata() ? "tillader svar på itemniveau (mikrodata)" : "kun tillader frigivne aggregater")
                        + " og " + daScope + ". Pseudonymerne er partnerens egne; tal bygget på færre end k = " + run.k()
                        + " er undertrykt. Må kun bruges efter aftalens vilkår.",
                "Delivered to partner " + run.partner() + " under agreement " + agreement.reference() + ", which "
                        + (agreement.itemLevelMicrodata() ? "allows item-level responses (microdata)" : "allows released aggregates only")
                        + " and " + agreement.terms() + ". The pseudonyms are the partner's own; figures built from fewer than k = " + run.k()
                        + " are suppressed. To be used only under the agreement's terms.");
        return new Citation(authors, stated.producer() == null ? organisation : stated.producer(),
                stated.distributor() == null ? organisation : stated.distributor(), access, agreement.licence(), start, end, waves,
                organisation, "Danmark");
    }

    /** @param written the files written so far: the tables the codebook describes, and the network files */
    List<ExportManifest.ExportedFile> write(Codebook codebook, ExportRun run, List<ExportManifest.ExportedFile> written) throws IOException {
        List<String> others = new ArrayList<>(written.stream().map(ExportManifest.ExportedFile::name)
                .filter(name -> codebook.files().stream().noneMatch(f -> f.file().equals(name))).toList());
        // the files written after it, which name every file in turn
        others.addAll(List.of(CodebookJson.FILE, DdiCodebook.FILE, PartnerReadme.FILE, ManifestFile.FILE));
        return List.of(
                ExportedFiles.document(CodebookJson.write(codebook, run.folder()), run.folder(),
                        "codebook: every column of every file (type, meaning, unit, allowed values, missing code) and every instrument's"
                                + " items in Danish and English"),
                ExportedFiles.document(DdiCodebook.write(codebook, run.folder()), run.folder(), "the same codebook as DDI-Codebook 2.5 XML"),
                ExportedFiles.document(DataPackage.write(codebook, others, run.folder()), run.folder(),
                        "Frictionless Tabular Data Package: each Parquet file's table schema, and every other file by its path"));
    }
}
