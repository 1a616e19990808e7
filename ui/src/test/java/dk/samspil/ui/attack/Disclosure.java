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
            List<String> people = new ArrayList<>(new TreeSet<>(shown.stream().flatMap(f -> f.contributors().stream()).toList()));
            Map<String, Integer> column = new HashMap<>();
            people.forEach(p -> column.put(p, column.size()));
            List<BigInteger[]> rows = new ArrayList<>();
            Set<Set<String>> distinct = new HashSet<>();
            for (Figure figure : shown) {
                if (distinct.add(figure.contributors())) {
                    BigInteger[] row = new BigInteger[people.size()];
                    java.util.Arrays.fill(row, BigInteger.ZERO);
                    figure.contributors().forEach(p -> row[column.get(p)] = BigInteger.ONE);
                    rows.add(row);
                }
            }
            for (int person : determinedColumns(rows, people.size())) {
                exposed.add(new Exposed(measure, people.get(person)));
            }
        });
        return exposed;
    }

    /** Pairs of figures of one measure whose contributor sets differ in 1 to k - 1 people. */
    static List<ClosePair> closePairs(List<Figure> figures, int k) {
        List<ClosePair> close = new ArrayList<>();
        byMeasure(figures).forEach((measure, shown) -> {
            for (int i = 0; i < shown.size(); i++) {
                for (int j = i + 1; j < shown.size(); j++) {
                    Set<String> difference = new TreeSet<>(shown.get(i).contributors());
                    difference.addAll(shown.get(j).contributors());
                    Set<String> both = new HashSet<>(shown.get(i).contributors());
                    both.retainAll(shown.get(j).contributors());
                    difference.removeAll(both);
                    if (!difference.isEmpty() && difference.size() < k) {
                        close.add(new ClosePair(measure, shown.get(i).label(), shown.get(j).label(), difference));
                    }
                }
            }
        });
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
