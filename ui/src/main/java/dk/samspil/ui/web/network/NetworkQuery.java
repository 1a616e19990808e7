package dk.samspil.ui.web.network;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.analysis.Analyses;
import dk.samspil.projections.analysis.RelationFindings;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.matrix.RelationMatrixQuery;
import dk.samspil.projections.network.RelationshipMap;
import dk.samspil.projections.network.RelationshipMapQuery;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.studies.InstrumentDefinitions;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.app.study.StudyMoments;
import dk.samspil.ui.web.shell.Choices;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the network map through the read-model queries: matrix cells, the relationship map and the weak-but-important findings. */
@Service
public record NetworkQuery(RelationMatrixQuery matrices, ReadModelStore store, Positions positions, Analyses analyses,
                           InstrumentDefinitions definitions) {

    /** The map of the chosen wave and instrument: matrix cells weighted by the relationship map. */
    NetworkPage page(StudyMoments.StudyMoment moment, NetworkRequest request) {
        StudySummary study = moment.study();
        List<Instrument> instruments = Choices.instruments(definitions, study, study.relationalInstruments());
        Optional<StudySummary.Wave> wave = Choices.wave(study, request.wave());
        Optional<Instrument> instrument = Choices.instrumentOrLowest(instruments, request.instrument(), Choices.RK);
        Optional<NetworkPage.Figure> figure = wave.flatMap(w -> instrument.map(i -> figure(moment, w, i)));
        String ego = request.group() == null ? null : Choices.known(study.groups(), request.group());
        return new NetworkPage(study, instruments, figure, moment.position(), moment.k(), request.state().asOf(), moment.gate(),
                request.show(), ego);
    }

    /** The relation's cell at every wave of the study, all computed at the page's position. */
    List<NetworkPage.HistoryPoint> history(NetworkPage page, NetworkPage.Edge edge) {
        AsOf asOf = new AsOf.Position(page.position());
        InstrumentRef instrument = page.figure().orElseThrow().instrument().ref();
        GroupKey rater = edge.cell().raterGroup();
        GroupKey target = edge.cell().targetGroup();
        return page.study().waves().stream()
                .map(w -> new NetworkPage.HistoryPoint(w, matrices.matrix(page.study().study(), WaveKey.of(w.key()), instrument, asOf, page.gate())
                        .cell(rater, target)))
                .toList();
    }

    private NetworkPage.Figure figure(StudyMoments.StudyMoment moment, StudySummary.Wave wave, Instrument instrument) {
        StudyId study = moment.id();
        AsOf asOf = moment.asOf();
        FigureGate gate = moment.gate();
        RelationMatrix matrix = matrices.matrix(study, WaveKey.of(wave.key()), instrument.ref(), asOf, gate);
        RelationshipMap map = new RelationshipMapQuery(store, positions).map(study, asOf);
        RelationFindings findings = analyses.relations(study, WaveKey.of(wave.key()), instrument.ref(),
                Analyses.DEFAULT_IMPORTANCE_THRESHOLD, asOf, gate);
        Set<List<GroupKey>> weak = findings.weakImportant().stream().map(w -> List.of(w.raterGroup(), w.targetGroup()))
                .collect(Collectors.toSet());
        List<NetworkPage.Edge> edges = matrix.cells().stream().filter(c -> !c.withinGroup())
                .map(c -> new NetworkPage.Edge(c, map.importance(c.raterGroup(), c.targetGroup()).orElse(null),
                        weak.contains(List.of(c.raterGroup(), c.targetGroup()))))
                .sorted(Comparator.comparing((NetworkPage.Edge e) -> e.cell().raterGroup()).thenComparing(e -> e.cell().targetGroup()))
                .toList();
        return new NetworkPage.Figure(wave, instrument, edges);
    }
}
