package dk.samspil.ui.app.questionnaire;

import dk.samspil.domain.instrument.Instrument.RespondentKind;
import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;

/** A link as stored: whose it is and where they answer, under the token's hash, never the token. */
public record Invitation(String tokenHash, StudyId study, WaveKey wave, UnitKey unit, RespondentId respondent, GroupKey group,
                  RespondentKind kind) {

    public Invitation {
        if ((group == null) != (kind == RespondentKind.CITIZEN)) {
            throw new IllegalArgumentException("a professional's link names a group, a citizen's none");
        }
    }
}
