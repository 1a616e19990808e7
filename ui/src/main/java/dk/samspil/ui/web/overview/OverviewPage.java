package dk.samspil.ui.web.overview;

import dk.samspil.projections.analysis.Change;
import dk.samspil.projections.overview.StudyOverview;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.timeline.Timeline;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything the start page shows, read at one event-store position.
 *
 * @param studies  every study, for the picker
 * @param rkByWave the study-wide RK index (rk@1, all ratings) of each wave, in wave order; empty without rk@1
 * @param rkChange the change of that index from the first to the latest wave with RK answers; empty with fewer than two
 * @param running  interventions started and not ended at the position
 */
record OverviewPage(List<StudySummary.Named> studies, StudySummary study, StudyOverview overview,
                    List<WaveIndex> rkByWave, Optional<Change> rkChange, List<Timeline.Intervention> running,
                    long position, int k) {

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

    String unitName(String key) {
        return study.units().stream().filter(u -> u.key().equals(key)).map(StudySummary.Named::name).findFirst().orElse(key);
    }

    /** Group names in the order the study defines its groups, as people know them. */
    List<String> groupNames(List<String> keys) {
        List<String> order = study.groups().stream().map(StudySummary.Named::key).toList();
        return keys.stream().sorted(Comparator.comparingInt(k -> order.indexOf(k) < 0 ? Integer.MAX_VALUE : order.indexOf(k)))
                .map(this::groupName).toList();
    }

    String groupName(String key) {
        return study.groups().stream().filter(g -> g.key().equals(key)).map(StudySummary.Named::name).findFirst().orElse(key);
    }
}
