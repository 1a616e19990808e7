package dk.samspil.domain.submission;

import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.UnitKey;

import java.util.List;

/**
 * Everything a questionnaire says about its respondent, in clear. Events carry it only sealed
 * under the respondent's key, so erasing the key erases the answers.
 *
 * @param group the respondent's group at this wave; null for a citizen
 * @param unit  the respondent's unit at this wave
 * @param rows  sorted by target and case, so equal content has equal bytes
 */
public record AnswerSheet(RespondentId respondent, GroupKey group, UnitKey unit, List<TargetScores> rows) {

    public AnswerSheet {
        rows = rows.stream().sorted(TargetScores::compare).toList();
    }

    public int answerCount() {
        return rows.stream().mapToInt(r -> r.scores().size()).sum();
    }
}
