package dk.samspil.domain.study;

import dk.samspil.domain.shared.StudyId;

import java.util.List;

/** A study's citation was stated or restated: its authors, producer and distributor, as archives cite it. */
public record StudyCitationStated(StudyId study, List<StudyCitation.Author> authors, String producer, String distributor) {

    public StudyCitationStated {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public StudyCitation citation() {
        return new StudyCitation(authors, producer, distributor);
    }
}
