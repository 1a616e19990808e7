package dk.samspil.projections.history;

import dk.samspil.domain.organisation.OrganisationRegistered;
import dk.samspil.domain.organisation.OrganisationRenamed;
import dk.samspil.domain.study.GroupAdded;
import dk.samspil.domain.study.GroupRenamed;
import dk.samspil.domain.study.InstrumentAdopted;
import dk.samspil.domain.study.RelationMapped;
import dk.samspil.domain.study.StudyDescriptionRevised;
import dk.samspil.domain.study.StudyRegistered;
import dk.samspil.domain.study.UnitAdded;
import dk.samspil.domain.study.UnitMoved;
import dk.samspil.domain.study.UnitRenamed;
import dk.samspil.domain.study.WaveRescheduled;
import dk.samspil.domain.study.WaveScheduled;
import dk.samspil.domain.submission.QuestionnaireSubmitted;
import dk.samspil.domain.submission.SubmissionCorrected;

/** Events in plain words. Summaries name no person: respondents stay behind their sealed answers. */
final class EventSummaries {

    private EventSummaries() {
    }

    static String studyOf(Object event) {
        return switch (event) {
            case StudyRegistered e -> e.study().value();
            case StudyDescriptionRevised e -> e.study().value();
            case UnitAdded e -> e.study().value();
            case UnitRenamed e -> e.study().value();
            case UnitMoved e -> e.study().value();
            case GroupAdded e -> e.study().value();
            case GroupRenamed e -> e.study().value();
            case WaveScheduled e -> e.study().value();
            case WaveRescheduled e -> e.study().value();
            case InstrumentAdopted e -> e.study().value();
            case RelationMapped e -> e.study().value();
            case QuestionnaireSubmitted e -> e.submission().study().value();
            case SubmissionCorrected e -> e.submission().study().value();
            default -> null;
        };
    }

    static String describe(Object event) {
        return switch (event) {
            case OrganisationRegistered e -> "organisation " + e.tenant() + " registered as '" + e.name() + "'";
            case OrganisationRenamed e -> "organisation " + e.tenant() + " renamed '" + e.name() + "'";
            case StudyRegistered e -> "study " + e.study() + " registered: '" + e.title() + "', starts " + e.startsOn();
            case StudyDescriptionRevised e -> "study " + e.study() + " description revised: '" + e.title() + "'";
            case UnitAdded e -> "unit " + e.unit() + " '" + e.name() + "' added" + (e.parent() == null ? "" : " under " + e.parent());
            case UnitRenamed e -> "unit " + e.unit() + " renamed '" + e.name() + "'";
            case UnitMoved e -> "unit " + e.unit() + " moved " + (e.parent() == null ? "to the top" : "under " + e.parent());
            case GroupAdded e -> "group " + e.group() + " '" + e.name() + "' added";
            case GroupRenamed e -> "group " + e.group() + " renamed '" + e.name() + "'";
            case WaveScheduled e -> "wave " + e.wave() + " '" + e.label() + "' scheduled " + e.opensOn() + " to " + e.closesOn();
            case WaveRescheduled e -> "wave " + e.wave() + " '" + e.label() + "' rescheduled " + e.opensOn() + " to " + e.closesOn();
            case InstrumentAdopted e -> "instrument " + e.instrument().ref() + " adopted (" + e.instrument().items().size() + " items)";
            case RelationMapped e -> "relation " + e.from() + " -> " + e.to() + " mapped as " + e.importance().key() + " importance";
            case QuestionnaireSubmitted e -> "questionnaire " + e.submission().instrument() + " submitted for wave "
                    + e.submission().wave() + ", collected " + e.collectedOn();
            case SubmissionCorrected e -> "questionnaire " + e.submission().instrument() + " corrected for wave "
                    + e.submission().wave() + ", collected " + e.collectedOn();
            default -> event.getClass().getSimpleName();
        };
    }
}
