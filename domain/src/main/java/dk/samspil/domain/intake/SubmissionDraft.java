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
 * @param file the bundle file it came from and {@code line} its first line there, for messages
 */
public record SubmissionDraft(RespondentId respondent, WaveKey wave, InstrumentRef instrument, GroupKey group,
                              UnitKey unit, LocalDate collectedOn, List<TargetScores> rows, String file, int line) {
}
