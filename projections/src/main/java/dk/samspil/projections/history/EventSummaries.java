package dk.samspil.projections.history;

import dk.samspil.domain.access.PersonLevelAccessGranted;
import dk.samspil.domain.access.PersonLevelAccessRevoked;
import dk.samspil.domain.access.PersonLevelDataRead;
import dk.samspil.domain.export.PartnerAgreementRecorded;
import dk.samspil.domain.export.MeetingReportMade;
import dk.samspil.domain.export.ResearchExported;
import dk.samspil.domain.intervention.InterventionAdjusted;
import dk.samspil.domain.intervention.InterventionDatesCorrected;
import dk.samspil.domain.intervention.InterventionEnded;
import dk.samspil.domain.intervention.InterventionEvaluated;
import dk.samspil.domain.intervention.InterventionPlanned;
import dk.samspil.domain.intervention.InterventionStarted;
import dk.samspil.domain.milestone.MilestoneReached;
import dk.samspil.domain.organisation.OrganisationRegistered;
import dk.samspil.domain.organisation.OrganisationRenamed;
import dk.samspil.domain.orgchange.LeaderChanged;
import dk.samspil.domain.orgchange.PolicyChanged;
import dk.samspil.domain.orgchange.StaffTurnoverRecorded;
import dk.samspil.domain.orgchange.UnitClosed;
import dk.samspil.domain.orgchange.UnitCreated;
import dk.samspil.domain.orgchange.UnitSplit;
import dk.samspil.domain.orgchange.UnitsMerged;
import dk.samspil.domain.outcome.OutcomeCorrected;
import dk.samspil.domain.outcome.OutcomeMeasured;
import dk.samspil.domain.privacy.PersonErased;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.study.GroupAdded;
import dk.samspil.domain.study.GroupRenamed;
import dk.samspil.domain.study.GroupSiloStated;
import dk.samspil.domain.study.InstrumentAdopted;
import dk.samspil.domain.fieldwork.FieldworkSent;
import dk.samspil.domain.study.InvitationsIssued;
import dk.samspil.domain.attribute.AttributeCorrected;
import dk.samspil.domain.attribute.AttributeStated;
import dk.samspil.domain.study.AttributeDefined;
import dk.samspil.domain.study.StudyCitationStated;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.domain.study.RelationMapped;
import dk.samspil.domain.study.StudyDescriptionRevised;
import dk.samspil.domain.study.StudyRegistered;
import dk.samspil.domain.study.UnitAdded;
import dk.samspil.domain.study.UnitMoved;
import dk.samspil.domain.study.UnitRenamed;
import dk.samspil.domain.study.WaveReleased;
import dk.samspil.domain.study.WaveRescheduled;
import dk.samspil.domain.study.WaveScheduled;
import dk.samspil.domain.submission.QuestionnaireSubmitted;
import dk.samspil.domain.submission.SubmissionCorrected;
import dk.samspil.domain.submission.SubmissionRetracted;

import java.time.LocalDate;

/** Events in plain words. Summaries name no person: respondents and citizens stay behind their sealed data. */
final class EventSummaries {

    private EventSummaries() {
    }

    static String studyOf(Object event) {
        StudyId study = switch (event) {
            case StudyRegistered e -> e.study();
            case StudyDescriptionRevised e -> e.study();
            case UnitAdded e -> e.study();
            case UnitRenamed e -> e.study();
            case UnitMoved e -> e.study();
            case GroupAdded e -> e.study();
            case GroupRenamed e -> e.study();
            case GroupSiloStated e -> e.study();
            case WaveScheduled e -> e.study();
            case WaveRescheduled e -> e.study();
            case InstrumentAdopted e -> e.study();
            case RelationMapped e -> e.study();
            case AttributeDefined e -> e.study();
            case StudyCitationStated e -> e.study();
            case InvitationsIssued e -> e.study();
            case FieldworkSent e -> e.study();
            case WaveReleased e -> e.study();
            case ResearchExported e -> e.study();
            case MeetingReportMade e -> e.study();
            case PersonLevelDataRead e -> e.study();
            case QuestionnaireSubmitted e -> e.submission().study();
            case SubmissionCorrected e -> e.submission().study();
            case SubmissionRetracted e -> e.submission().study();
            case InterventionPlanned e -> e.study();
            case InterventionStarted e -> e.study();
            case InterventionAdjusted e -> e.study();
            case InterventionEnded e -> e.study();
            case InterventionEvaluated e -> e.study();
            case InterventionDatesCorrected e -> e.study();
            case UnitCreated e -> e.study();
            case UnitsMerged e -> e.study();
            case UnitSplit e -> e.study();
            case UnitClosed e -> e.study();
            case LeaderChanged e -> e.study();
            case StaffTurnoverRecorded e -> e.study();
            case PolicyChanged e -> e.study();
            case MilestoneReached e -> e.study();
            case OutcomeMeasured e -> e.series().study();
            case OutcomeCorrected e -> e.series().study();
            case AttributeStated e -> e.series().study();
            case AttributeCorrected e -> e.series().study();
            default -> null;
        };
        return study == null ? null : study.value();
    }

    /** When the fact happened in the world, where the event says; null for facts about the repository itself. */
    static LocalDate validOn(Object event) {
        return switch (event) {
            case StudyRegistered e -> e.startsOn();
            case WaveScheduled e -> e.opensOn();
            case WaveRescheduled e -> e.opensOn();
            case UnitRenamed e -> e.effectiveOn();
            case InvitationsIssued e -> e.issuedOn();
            case FieldworkSent e -> e.sentOn();
            case WaveReleased e -> e.releasedOn();
            case QuestionnaireSubmitted e -> e.collectedOn();
            case SubmissionCorrected e -> e.collectedOn();
            case InterventionStarted e -> e.startedOn();
            case InterventionAdjusted e -> e.adjustedOn();
            case InterventionEnded e -> e.endedOn();
            case InterventionEvaluated e -> e.evaluatedOn();
            case InterventionDatesCorrected e -> e.startedOn();
            case UnitCreated e -> e.effectiveOn();
            case UnitsMerged e -> e.effectiveOn();
            case UnitSplit e -> e.effectiveOn();
            case UnitClosed e -> e.effectiveOn();
            case LeaderChanged e -> e.effectiveOn();
            case StaffTurnoverRecorded e -> e.effectiveOn();
            case PolicyChanged e -> e.effectiveOn();
            case MilestoneReached e -> e.reachedOn();
            case OutcomeMeasured e -> e.measuredOn();
            case OutcomeCorrected e -> e.measuredOn();
            case AttributeStated e -> e.validFrom();
            case AttributeCorrected e -> e.validFrom();
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
            case GroupSiloStated e -> "group " + e.group() + " placed in the silo '" + e.silo() + "'";
            case WaveScheduled e -> "wave " + e.wave() + " '" + e.label() + "' scheduled " + e.opensOn() + " to " + e.closesOn();
            case WaveRescheduled e -> "wave " + e.wave() + " '" + e.label() + "' rescheduled " + e.opensOn() + " to " + e.closesOn();
            case InstrumentAdopted e -> "instrument " + e.instrument().ref() + " adopted (" + e.instrument().items().size() + " items)";
            case RelationMapped e -> "relation " + e.from() + " -> " + e.to() + " mapped as " + e.importance().key() + " importance";
            case AttributeDefined e -> e.attribute().appliesTo().key() + " attribute " + e.attribute().key() + " '" + e.attribute().label().da()
                    + "' defined with values " + e.attribute().values().stream().map(AttributeSpec.Value::key).toList();
            case StudyCitationStated e -> "citation stated: " + e.authors().size() + " authors, producer " + e.producer()
                    + ", distributor " + e.distributor();
            case InvitationsIssued e -> e.count() + " questionnaire links issued for wave " + e.wave() + " in unit " + e.unit();
            case FieldworkSent e -> e.count() + (e.kind() == FieldworkSent.Kind.INVITATION ? " invitations" : " reminders") + " sent for wave "
                    + e.wave() + " in unit " + e.unit() + " (template " + e.template() + ")";
            case WaveReleased e -> "wave " + e.wave() + " released by " + e.releasedBy();
            case ResearchExported e -> "research export for partner " + e.partner() + " at position " + e.asOfPosition() + ", k = " + e.k()
                    + (e.coarsenDates() ? ", dates to the month" : "") + ", agreement " + e.agreement() + ", manifest "
                    + e.manifestSha256().substring(0, 12) + "… (" + e.requestedBy() + ")";
            case MeetingReportMade e -> "meeting report (" + e.format() + ", " + e.language() + ") of " + (e.unit() == null ? "the whole study"
                    : "unit " + e.unit()) + " at position " + e.asOfPosition() + ", sha256 " + e.sha256().substring(0, 12) + "… (" + e.requestedBy() + ")";
            case PersonLevelDataRead e -> "person-level data read by " + e.readBy() + ": " + e.what() + " (as of position "
                    + e.asOfPosition() + ")";
            case PersonErased e -> "a " + e.erasedAs().name().toLowerCase(java.util.Locale.ROOT) + " of organisation " + e.tenant()
                    + " was erased: their key is destroyed and nothing of theirs is readable (" + e.requestedBy() + ")";
            case PersonLevelAccessGranted e -> "person-level access to " + e.organisation() + " granted to " + e.username()
                    + " by " + e.grantedBy();
            case PersonLevelAccessRevoked e -> "person-level access to " + e.organisation() + " revoked from " + e.username()
                    + " by " + e.revokedBy();
            case PartnerAgreementRecorded e -> "agreement " + e.agreement() + " recorded for partner " + e.partner()
                    + (e.itemLevelMicrodata() ? " (item-level microdata allowed)" : " (released aggregates only)")
                    + (e.studies().isEmpty() ? ", every study" : ", studies " + String.join(", ", e.studies().stream().map(s -> s.value()).toList()))
                    + (e.until() == null ? ", no end" : ", until " + e.until());
            case QuestionnaireSubmitted e -> "questionnaire " + e.submission().instrument() + " submitted for wave " + e.submission().wave();
            case SubmissionCorrected e -> "questionnaire " + e.submission().instrument() + " corrected for wave " + e.submission().wave();
            case SubmissionRetracted e -> "questionnaire " + e.submission().instrument() + " for wave " + e.submission().wave()
                    + " retracted: " + e.reason();
            case InterventionPlanned e -> e.type().key() + " '" + e.intervention() + "' planned: " + e.title();
            case InterventionStarted e -> "intervention '" + e.intervention() + "' started";
            case InterventionAdjusted e -> "intervention '" + e.intervention() + "' adjusted" + (e.note() == null ? "" : ": " + e.note());
            case InterventionEnded e -> "intervention '" + e.intervention() + "' ended";
            case InterventionEvaluated e -> "intervention '" + e.intervention() + "' evaluated: " + e.note();
            case InterventionDatesCorrected e -> "intervention '" + e.intervention() + "' dates corrected to " + e.startedOn()
                    + (e.endedOn() == null ? " (still running)" : " - " + e.endedOn());
            case UnitCreated e -> "unit " + e.unit() + " created" + note(e.note());
            case UnitsMerged e -> "unit " + e.unit() + " merged into " + e.into() + note(e.note());
            case UnitSplit e -> "unit " + e.splitOff() + " split off from " + e.unit() + note(e.note());
            case UnitClosed e -> "unit " + e.unit() + " closed" + note(e.note());
            case LeaderChanged e -> "new leader in unit " + e.unit() + note(e.note());
            case StaffTurnoverRecorded e -> "staff turnover in unit " + e.unit() + note(e.note());
            case PolicyChanged e -> "policy changed for unit " + e.unit() + note(e.note());
            case MilestoneReached e -> "process step " + e.milestone().step() + " '" + e.milestone().key() + "' reached" + note(e.note());
            case OutcomeMeasured e -> "citizen outcome " + e.outcome() + " measured";
            case OutcomeCorrected e -> "citizen outcome " + e.outcome() + " corrected";
            case AttributeStated e -> "attribute " + e.attribute() + " stated" + (e.wave() != null ? " for wave " + e.wave() : "");
            case AttributeCorrected e -> "attribute " + e.attribute() + " corrected" + (e.wave() != null ? " for wave " + e.wave() : "");
            default -> event.getClass().getSimpleName();
        };
    }

    private static String note(String note) {
        return note == null || note.isBlank() ? "" : ": " + note;
    }
}
