package dk.samspil.ui.web.network;

import dk.samspil.domain.access.Operation;
import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
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
import dk.samspil.ui.runtime.settings.SamspilProperties;
import dk.samspil.ui.app.study.StudyMoments;
import dk.samspil.ui.web.shell.Choices;
import dk.samspil.ui.web.shell.PageQuery;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the network map through the read-model queries: matrix cells, the relationship map and the weak-but-important findings. */
@Service
public class NetworkQuery extends PageQuery<NetworkRequest, NetworkPage> {

    private final RelationMatrixQuery matrices;
    private final RelationshipMapQuery maps;
    private final Analyses analyses;
    private final InstrumentDefinitions definitions;
    private final int k;

    public NetworkQuery(StudyMoments moments, RelationMatrixQuery matrices, ReadModelStore store, Analyses analyses,
                        InstrumentDefinitions definitions, Positions positions, SamspilProperties properties) {
        super(moments, Operation.VIEW_NETWORK);
        this.matrices = matrices;
        this.maps = new RelationshipMapQuery(store, positions);
        this.analyses = analyses;
        this.definitions = definitions;
        this.k = properties.k();
    }

    @Override
    protected NetworkPage page(StudyMoments.StudyMoment moment, NetworkRequest request) {
        StudySummary study = moment.study();
        List<Instrument> instruments = Choices.instruments(definitions, study, study.relationalInstruments());
        Optional<StudySummary.Wave> wave = Choices.wave(study, request.wave());
        Optional<Instrument> instrument = Choices.instrumentOrLowest(instruments, request.instrument(), Choices.RK);
        Optional<NetworkPage.Figure> figure = wave.flatMap(w -> instrument.map(i -> figure(study.study(), w, i, moment.asOf())));
        return new NetworkPage(study, instruments, figure, moment.position(), k, request.state().asOf());
    }

    /** The relation's cell at every wave of the study, all computed at the page's position. */
    List<NetworkPage.HistoryPoint> history(NetworkPage page, NetworkPage.Edge edge) {
        AsOf asOf = new AsOf.Position(page.position());
        InstrumentRef instrument = page.figure().orElseThrow().instrument().ref();
        GroupKey rater = edge.cell().raterGroup();
        GroupKey target = edge.cell().targetGroup();
        return page.study().waves().stream()
                .map(w -> new NetworkPage.HistoryPoint(w, matrices.matrix(page.study().study(), WaveKey.of(w.key()), instrument, asOf, k)
                        .cell(rater, target)))
                .toList();
    }

    private NetworkPage.Figure figure(StudyId study, StudySummary.Wave wave, Instrument instrument, AsOf asOf) {
        RelationMatrix matrix = matrices.matrix(study, WaveKey.of(wave.key()), instrument.ref(), asOf, k);
        RelationshipMap map = maps.map(study, asOf);
        RelationFindings findings = analyses.relations(study, WaveKey.of(wave.key()), instrument.ref(),
                Analyses.DEFAULT_IMPORTANCE_THRESHOLD, asOf, k);
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
