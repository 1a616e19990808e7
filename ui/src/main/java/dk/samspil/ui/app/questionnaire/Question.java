package dk.samspil.ui.app.questionnaire;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.ItemKey;
import dk.samspil.domain.shared.Target;

import java.util.Objects;

/**
 * One question on a respondent's page: an item of an instrument, about a target group for
 * relational instruments.
 *
 * @param target the rated group, or null for an instrument that rates no target
 */
public record Question(InstrumentRef instrument, Target target, ItemKey item) {

    public Question {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(item, "item");
    }
}
