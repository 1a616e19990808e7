package dk.samspil.domain.study;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.UnitKey;
import dk.samspil.domain.shared.WaveKey;

import java.time.LocalDate;

/** A wave was opened for a unit with {@code count} personal links (response rates are counted against them). */
public record InvitationsIssued(StudyId study, WaveKey wave, UnitKey unit, int count, LocalDate issuedOn) {
}
