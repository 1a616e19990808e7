package dk.samspil.ui.web.matrix;

import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.projections.attributes.AttributeDefinitions;
import dk.samspil.projections.attributes.Breakdown;
import dk.samspil.projections.matrix.RelationMatrix;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrixQuery;
import dk.samspil.projections.profile.DimensionProfileQuery;
import dk.samspil.projections.studies.InstrumentDefinitions;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.app.study.StudyMoments;
import dk.samspil.ui.web.shell.Choices;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/** Reads what the study page needs through the read-model queries; the view itself never touches storage. */
@Service
public record MatrixQuery(RelationMatrixQuery matrices, DimensionProfileQuery profiles, InstrumentDefinitions definitions,
                          AttributeDefinitions attributes) {

    /** The chosen wave's matrix, a compared wave's beside it and the chosen relation over every wave. */
    MatrixPage page(StudyMoments.StudyMoment moment, MatrixRequest request) {
        StudySummary study = moment.study();
        AsOf asOf = moment.asOf();
        FigureGate gate = moment.gate();
        List<Instrument> instruments = Choices.instruments(definitions, study, study.relationalInstruments());
        Optional<StudySummary.Wave> wave = Choices.wave(study, request.wave());
        Optional<Instrument> instrument = Choices.instrumentOrLowest(instruments, request.instrument(), Choices.RK);
        String unit = Choices.known(study.units(), request.unit());
        Optional<MatrixPage.Figure> figure = wave.flatMap(w -> instrument.map(i -> figure(study, w, i, unit, asOf, gate)));
        Optional<MatrixPage.Figure> compared = study.waves().stream()
                .filter(w -> w.key().equals(request.compare()) && wave.map(shown -> !shown.key().equals(w.key())).orElse(false))
                .findFirst().flatMap(w -> instrument.map(i -> figure(study, w, i, unit, asOf, gate)));
        Optional<MatrixPage.Relation> relation = instrument.flatMap(i -> relation(study, i, request.rater(), request.target(), unit,
                asOf, gate));
        List<AttributeSpec> respondentAttributes = attributes.of(study.study(), moment.position()).stream()
                .filter(a -> a.appliesTo() == AttributeSpec.AppliesTo.RESPONDENT).toList();
        // a breakdown is drawn instead of a compared wave, never beside it
        Optional<Breakdown<RelationMatrix>> breakdown = compared.isPresent() ? Optional.empty() : respondentAttributes.stream()
                .filter(a -> a.key().value().equals(request.by())).findFirst()
                .flatMap(a -> figure.map(f -> Breakdown.of(a, f.matrix(), subgroup -> matrices.matrix(study.study(), WaveKey.of(f.wave().key()),
                        f.instrument().ref(), unit, asOf, gate, subgroup))));
        return new MatrixPage(moment.studies(), study, instruments, figure, compared, relation, unit, request.state().asOf(),
                respondentAttributes, breakdown);
    }

    private MatrixPage.Figure figure(StudySummary study, StudySummary.Wave wave, Instrument instrument, String unit, AsOf asOf, FigureGate gate) {
        return new MatrixPage.Figure(wave, instrument, matrices.matrix(study.study(), WaveKey.of(wave.key()), instrument.ref(), unit, asOf, gate));
    }

    /** The chosen relation in every wave: its cell and its item profile; empty when no valid relation is chosen. */
    private Optional<MatrixPage.Relation> relation(StudySummary study, Instrument instrument, String rater, String target, String unit,
                                                   AsOf asOf, FigureGate gate) {
        List<String> groups = study.groups().stream().map(StudySummary.Named::key).toList();
        if (!groups.contains(rater) || !groups.contains(target)) {
            return Optional.empty();
        }
        GroupKey raterKey = GroupKey.of(rater);
        GroupKey targetKey = GroupKey.of(target);
        List<MatrixPage.WaveOfRelation> waves = study.waves().stream().map(w -> {
            WaveKey key = WaveKey.of(w.key());
            MatrixCell cell = matrices.matrix(study.study(), key, instrument.ref(), unit, asOf, gate).cell(raterKey, targetKey).orElse(null);
            return new MatrixPage.WaveOfRelation(w, cell, profiles.profile(study.study(), key, instrument.ref(), rater, target, unit, asOf, gate));
        }).toList();
        return Optional.of(new MatrixPage.Relation(raterKey, targetKey, waves));
    }
}
