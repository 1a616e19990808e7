package dk.samspil.ui.attack;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a collection of shown figures gives away, decided with exact arithmetic: each figure is a mean
 * with its n, so n × mean is the sum of its contributors' values of one measure, and whoever holds the
 * figures holds those sums. A person is exposed when their value is a linear combination of the sums
 * (the unit vector lies in the row space of the contributor-indicator rows); two figures of a measure
 * are too close when their contributor sets differ in fewer than k people, but not in none.
 */
final class Disclosure {

    /**
     * @param measure   what the contributors' values are values of (one wave, instrument, rater group and target, ...):
     *                  only figures of the same measure sum the same values
     * @param label     where the figure was shown, for the report
     * @param contributors who the figure is a mean over
     */
    record Figure(String measure, String label, Set<String> contributors) {
    }

    /** A person whose value of a measure follows from the figures shown. */
    record Exposed(String measure, String person) {
    }

    /** Two figures of one measure whose contributors differ in fewer than k people. */
    record ClosePair(String measure, String first, String second, Set<String> difference) {
    }

    private Disclosure() {
    }

    /** Every person whose value of some measure the figures determine, by Gaussian elimination over the integers. */
    static List<Exposed> exposed(List<Figure> figures) {
        List<Exposed> exposed = new ArrayList<>();
        byMeasure(figures).forEach((measure, shown) -> {
            for (List<Set<String>> part : connected(shown)) {
                List<String> people = new ArrayList<>(new TreeSet<>(part.stream().flatMap(Set::stream).toList()));
                Map<String, Integer> column = new HashMap<>();
                people.forEach(p -> column.put(p, column.size()));
                List<BigInteger[]> rows = new ArrayList<>();
                for (Set<String> contributors : part) {
                    BigInteger[] row = new BigInteger[people.size()];
                    java.util.Arrays.fill(row, BigInteger.ZERO);
                    contributors.forEach(p -> row[column.get(p)] = BigInteger.ONE);
                    rows.add(row);
                }
                for (int person : determinedColumns(rows, people.size())) {
                    exposed.add(new Exposed(measure, people.get(person)));
                }
            }
        });
        return exposed;
    }

    /** The distinct contributor sets, split into groups that share no contributor: each is solved on its own. */
    private static List<List<Set<String>>> connected(List<Figure> shown) {
        List<Set<String>> sets = new ArrayList<>(new java.util.LinkedHashSet<>(shown.stream().map(Figure::contributors).toList()));
        int[] root = new int[sets.size()];
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
        }
        Map<String, Integer> firstWith = new HashMap<>();
        for (int i = 0; i < sets.size(); i++) {
            for (String person : sets.get(i)) {
                Integer j = firstWith.putIfAbsent(person, i);
                if (j != null) {
                    root[find(root, i)] = find(root, j);
                }
            }
        }
        Map<Integer, List<Set<String>>> parts = new LinkedHashMap<>();
        for (int i = 0; i < sets.size(); i++) {
            parts.computeIfAbsent(find(root, i), r -> new ArrayList<>()).add(sets.get(i));
        }
        return new ArrayList<>(parts.values());
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    /** Pairs of figures of one measure whose contributor sets differ in 1 to k - 1 people. */
    static List<ClosePair> closePairs(List<Figure> figures, int k) {
        return closePairs(figures, 0, k);
    }

    /**
     * Close pairs with at least one figure from {@code newFrom} on, so a growing list is checked as it grows. Two figures
     * sharing nobody differ in all of their contributors, fewer than k only when both have fewer than k: pairs sharing
     * someone are compared, and pairs of figures below k.
     */
    static List<ClosePair> closePairs(List<Figure> figures, int newFrom, int k) {
        List<ClosePair> close = new ArrayList<>();
        Map<String, Map<String, List<Integer>>> byPerson = new HashMap<>();
        Map<String, List<Integer>> small = new HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            Map<String, List<Integer>> index = byPerson.computeIfAbsent(f.measure(), m -> new HashMap<>());
            // a pair is compared when its later figure is: figures before newFrom were checked against each other before
            if (i >= newFrom) {
                Set<Integer> sharing = new TreeSet<>();
                f.contributors().forEach(p -> sharing.addAll(index.getOrDefault(p, List.of())));
                if (f.contributors().size() < k) {
                    sharing.addAll(small.getOrDefault(f.measure(), List.of()));
                }
                Set<String> mine = f.contributors();
                for (int j : sharing) {
                    Figure other = figures.get(j);
                    long shared = other.contributors().stream().filter(mine::contains).count();
                    long differ = mine.size() + other.contributors().size() - 2 * shared;
                    if (differ > 0 && differ < k) {
                        Set<String> difference = new TreeSet<>(f.contributors());
                        difference.addAll(other.contributors());
                        other.contributors().stream().filter(mine::contains).forEach(difference::remove);
                        close.add(new ClosePair(f.measure(), other.label(), f.label(), difference));
                    }
                }
            }
            if (f.contributors().size() < k) {
                small.computeIfAbsent(f.measure(), m -> new ArrayList<>()).add(i);
            }
            final int at = i;
            f.contributors().forEach(p -> index.computeIfAbsent(p, x -> new ArrayList<>()).add(at));
        }
        return close;
    }

    /**
     * The columns whose unit vector lies in the row space: in the reduced row echelon form, a pivot column
     * whose row has no other non-zero entry. Fraction-free (Bareiss-style) elimination keeps every entry an
     * exact integer.
     */
    static List<Integer> determinedColumns(List<BigInteger[]> rows, int columns) {
        BigInteger[][] m = rows.toArray(BigInteger[][]::new);
        int rank = 0;
        int[] pivotOf = new int[m.length];
        for (int col = 0; col < columns && rank < m.length; col++) {
            int pivot = -1;
            for (int r = rank; r < m.length; r++) {
                if (m[r][col].signum() != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            BigInteger[] swap = m[rank];
            m[rank] = m[pivot];
            m[pivot] = swap;
            // clear the column in every other row: row_r := p·row_r − a·row_pivot, then divide by the row's gcd
            for (int r = 0; r < m.length; r++) {
                if (r != rank && m[r][col].signum() != 0) {
                    BigInteger a = m[r][col];
                    BigInteger p = m[rank][col];
                    for (int c = 0; c < columns; c++) {
                        m[r][c] = m[r][c].multiply(p).subtract(m[rank][c].multiply(a));
                    }
                    reduce(m[r]);
                }
            }
            pivotOf[rank] = col;
            rank++;
        }
        List<Integer> determined = new ArrayList<>();
        for (int r = 0; r < rank; r++) {
            int nonZero = 0;
            for (BigInteger value : m[r]) {
                if (value.signum() != 0) {
                    nonZero++;
                }
            }
            if (nonZero == 1) {
                determined.add(pivotOf[r]);
            }
        }
        return determined;
    }

    private static void reduce(BigInteger[] row) {
        BigInteger gcd = BigInteger.ZERO;
        for (BigInteger value : row) {
            gcd = gcd.gcd(value);
        }
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            for (int c = 0; c < row.length; c++) {
                row[c] = row[c].divide(gcd);
            }
        }
    }

    private static Map<String, List<Figure>> byMeasure(List<Figure> figures) {
        Map<String, List<Figure>> grouped = new LinkedHashMap<>();
        figures.forEach(f -> grouped.computeIfAbsent(f.measure(), m -> new ArrayList<>()).add(f));
        return grouped;
    }
}
