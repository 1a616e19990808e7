package dk.samspil.projections.release;

import dk.samspil.projections.disclosure.FigureKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which figures a release point shows: the rules of issue 17 on contributor sets, so no view decides
 * for itself. A figure is shown when it has at least k contributors (primary suppression); when it is
 * unchanged since a release showed it, or at least k of its contributors differ from then (otherwise it
 * is held back); and when, beside everything shown so far, at this release and earlier ones, it differs
 * from no figure of its family or links in fewer than k people and no combination of the shown sums
 * singles out one person's value (secondary suppression). Figures are taken largest first, so what is
 * withheld is the small figure, not the total.
 */
public final class ReleaseDecider {

    /** A figure a release could show: its n and who counts in it (questionnaire version:what it rated). */
    public record Candidate(FigureKey key, int n, List<String> contributors) {
    }

    /** A figure shown at an earlier release point. */
    public record Shown(FigureKey key, long releasePosition, List<String> contributors) {
    }

    /** What the release does with a figure, and why not when it withholds it. */
    public record Decision(FigureKey key, int n, List<String> contributors, boolean shown, WithheldReason reason) {

        /** Withheld because too few of its contributors changed since a release showed it. */
        public boolean heldBack() {
            return !shown && reason.kind() == WithheldReason.Kind.HELD_BACK;
        }

        /** Withheld because some combination with figures shown would isolate fewer than k people. */
        public boolean secondary() {
            return !shown && reason.kind().secondary();
        }
    }

    /** What follows a citizen-month's position in an outcome contributor: "position:outcome citizen positions". */
    private static final String OUTCOME = ":outcome ";

    private final Map<Long, String> respondentOf;
    private final int k;
    private final Map<String, Family> families = new HashMap<>();
    private final Map<String, List<Set<String>>> linked = new HashMap<>();
    private final Map<String, String> respondentByContributor = new HashMap<>();

    /**
     * @param respondentOf the respondent of each questionnaire version, so a person's versions count once
     */
    private ReleaseDecider(Map<Long, String> respondentOf, int k) {
        this.respondentOf = respondentOf;
        this.k = k;
    }

    /** @return one decision per candidate, in the candidates' order */
    public static List<Decision> decide(List<Candidate> candidates, List<Shown> earlier, Map<Long, String> respondentOf, int k) {
        return new ReleaseDecider(respondentOf, k).run(candidates, earlier);
    }

    private List<Decision> run(List<Candidate> candidates, List<Shown> earlier) {
        Map<String, Shown> lastShown = new HashMap<>();
        for (Shown s : earlier) {
            lastShown.put(s.key().name(), s);
            accept(s.key(), s.contributors());
        }
        Map<Candidate, Decision> decided = new LinkedHashMap<>();
        List<Candidate> open = new ArrayList<>();
        for (Candidate c : candidates) {
            Shown before = lastShown.get(c.key().name());
            int changed = before == null ? -1 : differing(new HashSet<>(before.contributors()), new HashSet<>(c.contributors()));
            if (c.n() < k) {
                decided.put(c, withheld(c, reason(WithheldReason.Kind.BELOW_K, c.n(), 0)));
            } else if (changed == 0) {
                decided.put(c, new Decision(c.key(), c.n(), c.contributors(), true, null));
            } else if (changed > 0 && changed < k) {
                decided.put(c, withheld(c, reason(WithheldReason.Kind.HELD_BACK, changed, before.releasePosition())));
            } else {
                open.add(c);
            }
        }
        open.sort(Comparator.comparingInt(Candidate::n).reversed().thenComparing(c -> c.key().name()));
        for (Candidate c : open) {
            WithheldReason refusal = refusal(c);
            decided.put(c, refusal == null ? new Decision(c.key(), c.n(), c.contributors(), true, null) : withheld(c, refusal));
        }
        return candidates.stream().map(decided::get).toList();
    }

    /** Why the figure cannot be shown beside those accepted so far; null (and it is accepted) when it can. */
    private WithheldReason refusal(Candidate c) {
        Family family = families.computeIfAbsent(c.key().family(), f -> new Family());
        Set<String> columns = new HashSet<>(c.contributors());
        for (Set<String> other : family.overlapping(columns)) {
            int differ = differing(other, columns);
            if (differ > 0 && differ < k) {
                return reason(WithheldReason.Kind.SAME_ANSWERS, differ, 0);
            }
        }
        Set<String> people = people(c.contributors());
        for (String link : c.key().links()) {
            for (Set<String> other : linked.getOrDefault(link, List.of())) {
                int differ = symmetric(other, people);
                if (differ > 0 && differ < k) {
                    return reason(WithheldReason.Kind.SAME_PEOPLE, differ, 0);
                }
            }
        }
        int singled = family.span.addUnlessSingling(family.columns(columns));
        if (singled >= 0) {
            return reason(WithheldReason.Kind.SINGLES_OUT, 1, 0);
        }
        family.add(columns);
        c.key().links().forEach(link -> linked.computeIfAbsent(link, l -> new ArrayList<>()).add(people));
        return null;
    }

    private void accept(FigureKey key, List<String> contributors) {
        Family family = families.computeIfAbsent(key.family(), f -> new Family());
        Set<String> columns = new HashSet<>(contributors);
        family.span.addUnlessSingling(family.columns(columns));
        family.add(columns);
        Set<String> people = people(contributors);
        key.links().forEach(link -> linked.computeIfAbsent(link, l -> new ArrayList<>()).add(people));
    }

    private WithheldReason reason(WithheldReason.Kind kind, int count, long since) {
        return new WithheldReason(kind, count, since, k);
    }

    private Decision withheld(Candidate c, WithheldReason reason) {
        return new Decision(c.key(), c.n(), c.contributors(), false, reason);
    }

    /**
     * How many respondents a figure's contributors differ in: added, left or answered anew (a correction).
     * Counted up to k only: a larger difference is not small, and most pairs differ in many.
     */
    private int differing(Set<String> a, Set<String> b) {
        return peopleInOneOnly(a, b, this::respondent);
    }

    private Set<String> people(List<String> contributors) {
        Set<String> people = new TreeSet<>();
        contributors.forEach(c -> people.add(respondent(c) + "@" + version(c)));
        return people;
    }

    /** Respondent versions in one set and not the other, counted per respondent, up to k. */
    private int symmetric(Set<String> a, Set<String> b) {
        return peopleInOneOnly(a, b, p -> p.substring(0, p.lastIndexOf('@')));
    }

    private int peopleInOneOnly(Set<String> a, Set<String> b, java.util.function.UnaryOperator<String> person) {
        Set<String> people = new HashSet<>();
        addOnlyIn(a, b, person, people);
        if (people.size() < k) {
            addOnlyIn(b, a, person, people);
        }
        return people.size();
    }

    private void addOnlyIn(Set<String> a, Set<String> b, java.util.function.UnaryOperator<String> person, Set<String> people) {
        for (String c : a) {
            if (!b.contains(c) && people.add(person.apply(c)) && people.size() >= k) {
                return;
            }
        }
    }

    /**
     * The respondent behind a contributor, or the citizen behind a citizen-month of an outcome; remembered, as every
     * figure names the same few thousand contributors again.
     */
    private String respondent(String contributor) {
        return respondentByContributor.computeIfAbsent(contributor, c -> {
            int outcome = c.indexOf(OUTCOME);
            if (outcome > 0) {
                int from = outcome + OUTCOME.length();
                return "citizen " + c.substring(from, c.indexOf(' ', from));
            }
            long version = version(c);
            return respondentOf.getOrDefault(version, "v" + version);
        });
    }

    private static long version(String contributor) {
        int colon = contributor.indexOf(':');
        return Long.parseLong(colon < 0 ? contributor : contributor.substring(0, colon));
    }

    /** The figures accepted of one family: their column sets, an index to those sharing a column, and their span. */
    private static final class Family {
        private final Span span = new Span();
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<Set<String>> shown = new ArrayList<>();
        private final Map<String, List<Integer>> byColumn = new HashMap<>();

        List<Integer> columns(Set<String> contributors) {
            return contributors.stream().map(c -> ids.computeIfAbsent(c, x -> ids.size())).toList();
        }

        /** Accepted figures sharing a column with these; others differ in all their people, at least k. */
        List<Set<String>> overlapping(Set<String> columns) {
            Set<Integer> hits = new TreeSet<>();
            columns.forEach(c -> hits.addAll(byColumn.getOrDefault(c, List.of())));
            return hits.stream().map(shown::get).toList();
        }

        void add(Set<String> columns) {
            int id = shown.size();
            shown.add(columns);
            columns.forEach(c -> byColumn.computeIfAbsent(c, x -> new ArrayList<>()).add(id));
        }
    }
}
