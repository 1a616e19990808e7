package dk.samspil.ui.app.questionnaire;

import dk.samspil.domain.instrument.Instrument.RespondentKind;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.RespondentId;

import java.util.Objects;

/**
 * Someone a link is issued to, as the researcher lists them.
 *
 * @param group the professional's group; null for a citizen, whose link then covers the citizen instruments
 */
public record Invitee(RespondentId respondent, GroupKey group) {

    public Invitee {
        Objects.requireNonNull(respondent, "respondent");
    }

    public RespondentKind kind() {
        return group == null ? RespondentKind.CITIZEN : RespondentKind.PROFESSIONAL;
    }
}
