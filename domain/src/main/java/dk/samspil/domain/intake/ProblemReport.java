package dk.samspil.domain.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every problem found in a bundle, reported together, grouped by kind and capped per kind so it stays readable. */
public final class ProblemReport {

    static final int SHOWN_PER_KIND = 20;

    private final List<Problem> problems = new ArrayList<>();

    public void add(Problem problem) {
        problems.add(problem);
    }

    public void add(String file, int line, String field, String expected, String found) {
        add(new Problem(file, line, field, expected, found));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public int size() {
        return problems.size();
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** The report as people read it: sorted by file and line, at most {@value #SHOWN_PER_KIND} lines per kind. */
    public String render() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparing(Problem::field));
        Map<String, List<Problem>> byKind = new LinkedHashMap<>();
        sorted.forEach(p -> byKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p));
        StringBuilder out = new StringBuilder();
        out.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                .append(" found; nothing was stored.\n");
        for (List<Problem> kind : byKind.values()) {
            kind.stream().limit(SHOWN_PER_KIND).forEach(p -> out.append("  ").append(p).append('\n'));
            if (kind.size() > SHOWN_PER_KIND) {
                Problem first = kind.getFirst();
                out.append("  ... and ").append(kind.size() - SHOWN_PER_KIND).append(" more in ").append(first.file())
                        .append(first.field().isEmpty() ? "" : " " + first.field())
                        .append(" (expected ").append(first.expected()).append("), up to ").append(first.file().endsWith(".xlsx") ? "row " : "line ")
                        .append(kind.getLast().line()).append('\n');
            }
        }
        return out.toString();
    }
}
