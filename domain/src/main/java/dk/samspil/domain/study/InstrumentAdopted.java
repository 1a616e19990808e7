package dk.samspil.domain.study;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.shared.StudyId;

/** The study uses this instrument version; the full definition travels with the event so history is self-contained. */
public record InstrumentAdopted(StudyId study, Instrument instrument) {
}
