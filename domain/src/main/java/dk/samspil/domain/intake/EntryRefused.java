package dk.samspil.domain.intake;

import java.io.IOException;

/** A bundle file that is refused while it is read (a zip entry that inflates too far, a JSON file too large): the problem says which. */
final class EntryRefused extends IOException {

    private final transient Problem problem;

    EntryRefused(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
