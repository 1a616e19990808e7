package dk.samspil.ui.app.facts;

import dk.samspil.domain.access.PersonLevelAccessGranted;
import dk.samspil.domain.access.PersonLevelAccessRevoked;
import dk.samspil.domain.access.PersonLevelDataRead;
import dk.samspil.domain.export.MeetingReportMade;
import dk.samspil.domain.export.PartnerAgreementRecorded;
import dk.samspil.domain.export.ResearchExported;
import dk.samspil.domain.privacy.PersonErased;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.stereotype.Component;

/**
 * Records the facts no aggregate owns (an export made, an agreement, an erasure, a person-level
 * read or grant): appended to the history as plain event messages, without an aggregate or metadata.
 */
@Component
public class Facts {

    private final EventBus events;

    public Facts(EventBus events) {
        this.events = events;
    }

    public void record(ResearchExported fact) {
        append(fact);
    }

    public void record(MeetingReportMade fact) {
        append(fact);
    }

    public void record(PartnerAgreementRecorded fact) {
        append(fact);
    }

    public void record(PersonErased fact) {
        append(fact);
    }

    public void record(PersonLevelDataRead fact) {
        append(fact);
    }

    public void record(PersonLevelAccessGranted fact) {
        append(fact);
    }

    public void record(PersonLevelAccessRevoked fact) {
        append(fact);
    }

    private void append(Object fact) {
        events.publish(GenericEventMessage.asEventMessage(fact));
    }
}
