package dk.samspil.domain.study;

import java.util.List;
import java.util.Objects;

/**
 * How a study is cited when its data are deposited: its authors, the body that produced the data and the one that
 * distributes them, as study.json's {@code citation} states them. Researchers' names are the study's public
 * metadata, never a respondent's or citizen's.
 */
public record StudyCitation(List<Author> authors, String producer, String distributor) {

    public StudyCitation {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** @param affiliation the author's institution, or null */
    public record Author(String name, String affiliation) {

        public Author {
            Objects.requireNonNull(name, "name");
        }
    }
}
