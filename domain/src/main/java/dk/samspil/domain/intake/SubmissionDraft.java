package dk.samspil.domain.intake;

import dk.samspil.domain.shared.GroupKey;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.submission.TargetScores;

import java.time.LocalDate;
import java.util.List;

/**
 * One questionnaire as read from a bundle, before it is sent as a command.
 *
 * @param line the first line of responses.csv it came from, for messages
 */
public record SubmissionDraft(RespondentId respondent, WaveKey wave, InstrumentRef instrument, GroupKey group,
                              UnitKey unit, LocalDate collectedOn, List<TargetScores> rows, int line) {
}
