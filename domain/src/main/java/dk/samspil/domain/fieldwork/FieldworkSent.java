package dk.samspil.domain.fieldwork;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;

import java.time.LocalDate;

/**
 * Messages with questionnaire links went out to a unit's respondents: how many, of which kind and
 * template, never to whom (the addresses are sealed under each person's key).
 *
 * @param template the template's version and language, e.g. "builtin-1/da"
 */
public record FieldworkSent(StudyId study, WaveKey wave, UnitKey unit, Kind kind, int count, String template, LocalDate sentOn) {

    /** The first message of a wave, or a reminder to those who have not answered. */
    public enum Kind { INVITATION, REMINDER }
}
