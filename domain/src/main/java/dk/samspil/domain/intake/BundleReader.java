package dk.samspil.domain.intake;

import dk.samspil.domain.study.StudyDefinition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a whole bundle and checks it, collecting every problem before anything is stored. */
public final class BundleReader {

    /** The layouts responses may arrive in; a bundle holds exactly one of them. */
    static final List<ResponseSource> LAYOUTS = List.of(new LongCsvResponses(), new XlsxResponses(), new WideCsvResponses());

    /** The files of the format besides the responses; anything else at the top of a bundle is listed as ignored. */
    static final List<String> KNOWN_FILES = List.of(StudyJsonReader.FILE, InterventionsCsv.FILE, OrgChangesCsv.FILE,
            OutcomesCsv.FILE, MilestonesCsv.FILE, AttributesCsv.RESPONDENTS, AttributesCsv.CITIZENS);

    private BundleReader() {
    }

    /** @throws BundleRejected with every problem found */
    public static StudyBundle read(BundleSource bundle, ImportProgress progress) throws IOException {
        ProblemReport problems = new ProblemReport();
        try {
            return read(bundle, progress, problems);
        } catch (EntryRefused e) {
            problems.add(e.problem());
            throw new BundleRejected(problems);
        }
    }

    private static StudyBundle read(BundleSource bundle, ImportProgress progress, ProblemReport problems) throws IOException {
        Optional<ParsedStudy> study = new StudyJsonReader(bundle, problems).read();
        if (study.isEmpty()) {
            throw new BundleRejected(problems);
        }
        List<SubmissionDraft> submissions = List.of();
        List<ResponseSource> present = LAYOUTS.stream().filter(layout -> layout.presentIn(bundle)).toList();
        if (present.size() != 1) {
            String files = String.join(", ", LAYOUTS.stream().map(ResponseSource::file).toList());
            problems.add(present.isEmpty() ? LongCsvResponses.FILE : present.get(1).file(), 0, "",
                    "exactly one response file at the top of the bundle (" + files + ")",
                    present.isEmpty() ? "none" : String.join(" and ", present.stream().map(ResponseSource::file).toList()));
        } else {
            ResponseSource layout = present.getFirst();
            ResponsesChecker checker = new ResponsesChecker(study.get().definition(), problems);
            int[] seen = new int[1];
            int rows = layout.read(bundle, problems, row -> {
                checker.accept(row);
                if (++seen[0] % 100_000 == 0) {
                    progress.update("reading " + row.file(), seen[0], -1);
                }
            });
            if (rows == 0 && problems.isEmpty()) {
                problems.add(layout.file(), 2, "", "at least one response row", "only a header");
            }
            submissions = checker.drafts();
        }
        StudyDefinition definition = study.get().definition();
        var interventions = InterventionsCsv.read(bundle, definition, problems);
        var orgChanges = OrgChangesCsv.read(bundle, definition, problems);
        var milestones = MilestonesCsv.read(bundle, definition, problems);
        var outcomes = OutcomesCsv.read(bundle, definition, problems);
        var attributes = AttributesCsv.read(bundle, definition, submissions, outcomes, problems);
        if (!problems.isEmpty()) {
            throw new BundleRejected(problems);
        }
        List<String> ignored = new ArrayList<>();
        for (String file : bundle.list("")) {
            if (!KNOWN_FILES.contains(file) && LAYOUTS.stream().noneMatch(l -> l.file().equals(file))) {
                ignored.add(file);
            }
        }
        return new StudyBundle(study.get().tenantName(), definition, submissions, interventions, orgChanges, milestones,
                outcomes, attributes, List.copyOf(ignored));
    }
}
