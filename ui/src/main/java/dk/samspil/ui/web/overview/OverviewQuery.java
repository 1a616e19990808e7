package dk.samspil.ui.web.overview;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.analysis.Analyses;
import dk.samspil.projections.analysis.Change;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.overview.StudyOverview;
import dk.samspil.projections.overview.StudyOverviewQuery;
import dk.samspil.projections.store.Figure;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.projections.timeline.TimelineQuery;
import dk.samspil.projections.units.Scope;
import dk.samspil.projections.units.UnitIndexQuery;
import dk.samspil.ui.app.study.StudyMoments;
import dk.samspil.ui.web.shell.Choices;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the start page through the read-model queries, all at the position the address asks for. */
@Service
record OverviewQuery(StudyOverviewQuery overviews, TimelineQuery timelines, Analyses analyses, UnitIndexQuery units) {

    /** The study's waves and response, its RK index against the baseline and what is running. */
    OverviewPage page(StudyMoments.StudyMoment moment, OverviewRequest request) {
        StudySummary study = moment.study();
        AsOf asOf = moment.asOf();
        FigureGate gate = moment.gate();
        StudyId id = study.study();
        StudyOverview overview = overviews.overview(id, asOf);
        List<OverviewPage.WaveIndex> rk = new ArrayList<>();
        Optional<Change> change = Optional.empty();
        if (study.instruments().contains(Choices.RK)) {
            // one pass over every wave; the same figure analyze change reports as a side's overall mean
            Map<String, Figure> byWave = units.perWave(id, Choices.RK, null, asOf, gate);
            for (StudySummary.Wave wave : study.waves()) {
                Figure index = byWave.getOrDefault(wave.key(), Figure.of(null, 0, gate.k()));
                rk.add(new OverviewPage.WaveIndex(wave.key(), wave.label(), index.mean(), index.n(), index.suppressed()));
            }
            List<OverviewPage.WaveIndex> answered = rk.stream().filter(w -> w.n() > 0).toList();
            // a change between waves is no release's figure yet, so those who read at release points do not get it
            if (answered.size() >= 2 && !moment.atReleasesOnly()) {
                change = Optional.of(analyses.change(id, WaveKey.of(answered.getFirst().wave()), WaveKey.of(answered.getLast().wave()),
                        Choices.RK, null, Scope.ALL, asOf, gate.k()));
            }
        }
        List<Timeline.Intervention> running = timelines.timeline(id, asOf).interventions().stream()
                .filter(i -> i.startedOn() != null && i.endedOn() == null).toList();
        return new OverviewPage(moment.studies(), study, overview, rk, change, running, moment.position(), gate.k(), request);
    }
}
