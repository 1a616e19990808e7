package dk.samspil.ui.app.meeting;

import dk.samspil.projections.studies.StudySummary;
import dk.samspil.reports.ReportTexts;
import dk.samspil.ui.app.reports.ReportRequest;
import dk.samspil.ui.app.reports.StudyReports;
import dk.samspil.ui.app.reports.StudyStories;

import java.util.List;

/**
 * What every page of one report reads from: the figures pinned at the report's position, the study as it stood
 * then, its waves with answers and the unit asked for.
 *
 * @param pinned   asks for every figure at the report's position, so events arriving meanwhile change none of them
 * @param answered the waves with answers, in order; never empty
 * @param unit     the unit and the units below it; null for the whole study
 */
record Reading(StudyReports reports, StudyStories stories, ReportRequest pinned, StudySummary study, List<StudySummary.Wave> answered,
               String unit, int k, ReportTexts texts) {

    static final String RK = "rk@1";

    String belowK() {
        return texts.text("cell.belowK", Integer.toString(k));
    }

    /** A label as the report's language has it. */
    String label(String da, String en) {
        return texts.language().equals("da") ? da : en;
    }

    String groupName(String key) {
        return study.groups().stream().filter(g -> g.key().equals(key)).map(StudySummary.Named::name).findFirst().orElse(key);
    }

    String unitName(String key) {
        return study.units().stream().filter(u -> u.key().equals(key)).map(StudySummary.Named::name).findFirst().orElse(key);
    }

    StudySummary.Wave latest() {
        return answered.getLast();
    }
}
