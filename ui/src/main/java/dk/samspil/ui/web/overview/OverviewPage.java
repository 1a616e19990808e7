package dk.samspil.ui.web.overview;

import dk.samspil.projections.analysis.Change;
import dk.samspil.projections.overview.StudyOverview;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.ui.web.shell.ViewPage;

import java.util.List;
import java.util.Optional;

/**
 * Everything the start page shows, read at one event-store position.
 *
 * @param studies  every study, for the picker
 * @param rkByWave the study-wide RK index (rk@1, all ratings) of each wave, in wave order; empty without rk@1
 * @param rkChange the change of that index from the first to the latest wave with RK answers; empty with fewer than two
 * @param running  interventions started and not ended at the position
 * @param request  the address the page was asked for, which the study picker changes
 */
record OverviewPage(List<StudySummary.Named> studies, StudySummary study, StudyOverview overview,
                    List<WaveIndex> rkByWave, Optional<Change> rkChange, List<Timeline.Intervention> running,
                    long position, int k, OverviewRequest request) implements ViewPage {

    OverviewPage {
        studies = List.copyOf(studies);
        rkByWave = List.copyOf(rkByWave);
        running = List.copyOf(running);
    }

    /** One wave's study-wide index; {@code mean} null when suppressed or unanswered. */
    record WaveIndex(String wave, String label, Double mean, int n, boolean suppressed) {
    }

    Optional<WaveIndex> rk(String wave) {
        return rkByWave.stream().filter(w -> w.wave().equals(wave)).findFirst();
    }

    @Override
    public OverviewRequest shown() {
        return request;
    }
}
