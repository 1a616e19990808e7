package dk.samspil.ui.app.questionnaire;

import dk.samspil.domain.submission.SubmissionId;

import java.time.LocalDate;
import java.util.List;

/** What became of a submission from the questionnaire page. */
public sealed interface SubmitOutcome {

    /** Recorded, one questionnaire per instrument answered; the link is used up. */
    public record Submitted(List<SubmissionId> questionnaires) implements SubmitOutcome {
    }

    /** The link is unknown or used: the page says only that it cannot be used. */
    public record Unavailable() implements SubmitOutcome {
    }

    /** Today is outside the wave's window; nothing was recorded. */
    public record OutsideWave(LocalDate opensOn, LocalDate closesOn) implements SubmitOutcome {
    }

    /** Not one question was answered; nothing was recorded. */
    public record NothingAnswered() implements SubmitOutcome {
    }
}
