package dk.samspil.ui.app.questionnaire;

import dk.samspil.domain.instrument.Instrument.RespondentKind;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.RespondentId;

import java.util.Objects;

/**
 * Someone a link is issued to, as the researcher lists them.
 *
 * @param group   the professional's group; null for a citizen, whose link then covers the citizen instruments
 * @param contact how to reach them with their link ({@link Contact#NONE}: the researcher hands the link out)
 * @param listed  where the researcher listed them, so a refusal can point there; null when not from a file
 */
public record Invitee(RespondentId respondent, GroupKey group, Contact contact, Listed listed) {

    /** A line of a respondent list. */
    public record Listed(String file, long line) {
    }

    public Invitee {
        Objects.requireNonNull(respondent, "respondent");
        Objects.requireNonNull(contact, "contact");
    }

    public Invitee(RespondentId respondent, GroupKey group) {
        this(respondent, group, Contact.NONE, null);
    }

    public RespondentKind kind() {
        return group == null ? RespondentKind.CITIZEN : RespondentKind.PROFESSIONAL;
    }

    /** Names the invitee's value in a column, for a refusal: "people.csv line 4, column respondent_group" or "respondent p01". */
    public String at(String column) {
        return listed == null ? "respondent " + respondent : listed.file() + " line " + listed.line() + ", column " + column;
    }
}
