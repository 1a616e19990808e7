package dk.samspil.ui.app.meeting;

import dk.samspil.ui.app.study.StudyAccess;
import dk.samspil.ui.app.work.BackgroundWork;
import org.springframework.stereotype.Service;

/** A meeting report asked for on a page: made in the background for the signed-in user, and recorded as theirs. */
@Service
public class MeetingReportJobs {

    private final MeetingReports reports;
    private final BackgroundWork work;
    private final StudyAccess access;

    public MeetingReportJobs(MeetingReports reports, BackgroundWork work, StudyAccess access) {
        this.reports = reports;
        this.work = work;
        this.access = access;
    }

    public BackgroundWork.Job<MeetingReports.Made> start(MeetingReports.Asked asked) {
        String requestedBy = access.username() + " (web)";
        return work.start(MeetingReports.READING, steps -> reports.make(asked, requestedBy, steps));
    }
}
