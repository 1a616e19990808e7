package dk.samspil.domain.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a whole bundle and checks it, collecting every problem before anything is stored. */
public final class BundleReader {

    /** Optional bundle files read by a later version; present ones are listed, not silently dropped. */
    static final List<String> NOT_YET_IMPORTED = List.of("interventions.csv", "org_changes.csv", "outcomes.csv", "milestones.csv");

    private BundleReader() {
    }

    /** @throws BundleRejected with every problem found */
    public static StudyBundle read(BundleSource bundle, ImportProgress progress) throws IOException {
        ProblemReport problems = new ProblemReport();
        Optional<ParsedStudy> study = new StudyJsonReader(bundle, problems).read();
        if (study.isEmpty()) {
            throw new BundleRejected(problems);
        }
        List<SubmissionDraft> submissions = List.of();
        if (!bundle.exists(ResponsesCsvReader.FILE)) {
            problems.add(ResponsesCsvReader.FILE, 0, "", "a responses.csv at the top of the bundle", "no such file");
        } else {
            try (InputStream in = bundle.open(ResponsesCsvReader.FILE)) {
                submissions = new ResponsesCsvReader(study.get().definition(), problems,
                        rows -> progress.update("reading responses.csv", rows, -1)).read(in);
            }
        }
        if (!problems.isEmpty()) {
            throw new BundleRejected(problems);
        }
        List<String> ignored = new ArrayList<>();
        for (String file : NOT_YET_IMPORTED) {
            if (bundle.exists(file)) {
                ignored.add(file);
            }
        }
        return new StudyBundle(study.get().tenantName(), study.get().definition(), submissions, List.copyOf(ignored));
    }
}
