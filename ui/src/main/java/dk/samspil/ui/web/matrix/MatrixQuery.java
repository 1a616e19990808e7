package dk.samspil.ui.web.matrix;

import dk.samspil.domain.access.Operation;
import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrixQuery;
import dk.samspil.projections.profile.DimensionProfileQuery;
import dk.samspil.projections.studies.InstrumentDefinitions;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.runtime.settings.SamspilProperties;
import dk.samspil.ui.app.study.StudyMoments;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reads what the study page needs through the read-model queries; the view itself never touches storage. */
@Service
public class MatrixQuery {

    /** The instrument the consultancy's matrices are drawn from, shown first when a study has it. */
    static final InstrumentRef PREFERRED_INSTRUMENT = InstrumentRef.parse("rk@1");

    private final StudyMoments moments;
    private final RelationMatrixQuery matrices;
    private final DimensionProfileQuery profiles;
    private final InstrumentDefinitions definitions;
    private final int k;

    public MatrixQuery(StudyMoments moments, RelationMatrixQuery matrices, DimensionProfileQuery profiles,
                          InstrumentDefinitions definitions, SamspilProperties properties) {
        this.moments = moments;
        this.matrices = matrices;
        this.profiles = profiles;
        this.definitions = definitions;
        this.k = properties.k();
    }

    /** The page for a request, with unknown or missing parts replaced by defaults; empty when no study exists. */
    public Optional<MatrixPage> load(MatrixRequest request) {
        Optional<StudyMoments.StudyMoment> moment = moments.resolve(Operation.VIEW_MATRIX, request.study(), request.moment());
        if (moment.isEmpty()) {
            return Optional.empty();
        }
        List<StudySummary.Named> studies = moment.get().studies();
        StudySummary study = moment.get().study();
        AsOf asOf = moment.get().asOf();
        long at = moment.get().position();
        List<Instrument> instruments = study.relationalInstruments().stream()
                .map(ref -> definitions.find(study.study(), ref))
                .flatMap(Optional::stream)
                .toList();
        Optional<StudySummary.Wave> wave = wave(study, request.wave());
        Optional<Instrument> instrument = instrument(instruments, request.instrument());
        String unit = study.units().stream().map(StudySummary.Named::key).filter(u -> u.equals(request.unit())).findFirst().orElse(null);
        Optional<MatrixPage.Figure> figure = wave.flatMap(w -> instrument.map(i -> figure(study, w, i, unit, asOf)));
        Optional<MatrixPage.Figure> compared = study.waves().stream()
                .filter(w -> w.key().equals(request.compare()) && wave.map(shown -> !shown.key().equals(w.key())).orElse(false))
                .findFirst().flatMap(w -> instrument.map(i -> figure(study, w, i, unit, asOf)));
        Optional<MatrixPage.Relation> relation = instrument.flatMap(i -> relation(study, i, request.rater(), request.target(), unit, asOf));
        return Optional.of(new MatrixPage(studies, study, instruments, figure, compared, relation, unit, request.asOf()));
    }

    private MatrixPage.Figure figure(StudySummary study, StudySummary.Wave wave, Instrument instrument, String unit, AsOf asOf) {
        return new MatrixPage.Figure(wave, instrument, matrices.matrix(study.study(), WaveKey.of(wave.key()), instrument.ref(), unit, asOf, k));
    }

    /** The chosen relation in every wave: its cell and its item profile; empty when no valid relation is chosen. */
    private Optional<MatrixPage.Relation> relation(StudySummary study, Instrument instrument, String rater, String target, String unit,
                                                  AsOf asOf) {
        List<String> groups = study.groups().stream().map(StudySummary.Named::key).toList();
        if (!groups.contains(rater) || !groups.contains(target)) {
            return Optional.empty();
        }
        GroupKey raterKey = GroupKey.of(rater);
        GroupKey targetKey = GroupKey.of(target);
        List<MatrixPage.WaveOfRelation> waves = study.waves().stream().map(w -> {
            WaveKey key = WaveKey.of(w.key());
            MatrixCell cell = matrices.matrix(study.study(), key, instrument.ref(), unit, asOf, k).cell(raterKey, targetKey).orElse(null);
            return new MatrixPage.WaveOfRelation(w, cell, profiles.profile(study.study(), key, instrument.ref(), rater, target, unit, asOf, k));
        }).toList();
        return Optional.of(new MatrixPage.Relation(raterKey, targetKey, waves));
    }

    /** The requested wave, else the newest wave that has answers, else the newest. */
    private static Optional<StudySummary.Wave> wave(StudySummary study, String requested) {
        return study.waves().stream().filter(w -> w.key().equals(requested)).findFirst()
                .or(() -> study.waves().stream().filter(w -> w.questionnaires() > 0).reduce((older, newer) -> newer))
                .or(() -> study.waves().stream().reduce((older, newer) -> newer));
    }

    /** The requested instrument, else rk@1, else the first relational one. */
    private static Optional<Instrument> instrument(List<Instrument> instruments, String requested) {
        return instruments.stream().filter(i -> i.ref().toString().equals(requested)).findFirst()
                .or(() -> instruments.stream().filter(i -> i.ref().equals(PREFERRED_INSTRUMENT)).findFirst())
                .or(() -> instruments.stream().min(Comparator.comparing(Instrument::ref)));
    }
}
