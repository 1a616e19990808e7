package dk.samspil.ui.app.study;

import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.domain.access.Operation;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.app.study.StudyAccess;
import dk.samspil.ui.runtime.settings.SamspilProperties;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/** What every view computes from: the study the address names (else the first) as it stood at the moment it names. */
@Service
public class StudyMoments {

    /**
     * @param studies every study, for pickers
     * @param asOf    the event-store position the moment stands for: every figure of the view is read there
     * @param k       the installation's minimum group size
     */
    public record StudyMoment(List<StudySummary.Named> studies, StudySummary study, AsOf.Position asOf, int k) {

        public StudyId id() {
            return study.study();
        }

        public long position() {
            return asOf.position();
        }
    }

    private final StudyCatalog catalog;
    private final StudyAccess access;
    private final Positions positions;
    private final int k;

    public StudyMoments(StudyCatalog catalog, Positions positions, SamspilProperties properties, StudyAccess access) {
        this.catalog = catalog;
        this.access = access;
        this.positions = positions;
        this.k = properties.k();
    }

    /**
     * Empty when there is no study the current user may open yet, or nothing had been recorded by the moment.
     *
     * @param operation what the view does with the study: only studies the current user may do it to are listed or opened
     * @throws AccessPolicy.AccessDenied when the address names a study the current user may not do it to
     */
    public Optional<StudyMoment> resolve(Operation operation, String studyKey, AsOf moment) {
        List<StudySummary.Named> studies = access.open(operation, studyKey, catalog.studies());
        long at = positions.resolve(moment);
        if (studies.isEmpty() || at < 0) {
            return Optional.empty();
        }
        AsOf.Position asOf = new AsOf.Position(at);
        String key = studies.stream().map(StudySummary.Named::key).filter(s -> s.equals(studyKey))
                .findFirst().orElse(studies.getFirst().key());
        return catalog.study(StudyId.of(key), asOf).map(study -> new StudyMoment(studies, study, asOf, k));
    }
}
