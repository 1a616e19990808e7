package dk.samspil.projections.release;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The sums shown figures give away, kept exactly: their contributor-indicator rows in reduced row
 * echelon form over the integers (each row divided by the gcd of its entries). A person's value follows
 * from the rows exactly when a row of the reduced form has a single non-zero entry, so a new row is
 * refused when it would make one.
 */
final class Span {

    /** Rows by their pivot column; every row is zero in every other row's pivot column. */
    private final Map<Integer, TreeMap<Integer, BigInteger>> rows = new HashMap<>();
    /** For each column, the pivots of the rows that are non-zero there. */
    private final Map<Integer, Set<Integer>> rowsAt = new HashMap<>();

    /**
     * Adds the row of a figure over these columns unless the span would then hold some column's unit
     * vector; a row the span already holds changes nothing.
     *
     * @return the column the row would single out, or -1 when it was added (or held already)
     */
    int addUnlessSingling(Collection<Integer> columns) {
        TreeMap<Integer, BigInteger> row = new TreeMap<>();
        columns.forEach(c -> row.put(c, BigInteger.ONE));
        reduce(row);
        if (row.isEmpty()) {
            return -1;
        }
        if (row.size() == 1) {
            return row.firstKey();
        }
        int pivot = row.firstKey();
        Map<Integer, TreeMap<Integer, BigInteger>> before = new HashMap<>();
        for (int other : List.copyOf(rowsAt.getOrDefault(pivot, Set.of()))) {
            TreeMap<Integer, BigInteger> b = rows.get(other);
            before.put(other, new TreeMap<>(b));
            TreeMap<Integer, BigInteger> next = combine(b, row, pivot);
            if (next.size() == 1) {
                before.forEach(this::replace);
                return next.firstKey();
            }
            replace(other, next);
        }
        rows.put(pivot, row);
        index(pivot, row, true);
        return -1;
    }

    private void replace(int pivot, TreeMap<Integer, BigInteger> next) {
        index(pivot, rows.get(pivot), false);
        rows.put(pivot, next);
        index(pivot, next, true);
    }

    private void index(int pivot, TreeMap<Integer, BigInteger> row, boolean add) {
        for (int column : row.keySet()) {
            if (add) {
                rowsAt.computeIfAbsent(column, c -> new HashSet<>()).add(pivot);
            } else {
                Set<Integer> at = rowsAt.get(column);
                at.remove(pivot);
                if (at.isEmpty()) {
                    rowsAt.remove(column);
                }
            }
        }
    }

    /** Eliminates every pivot column from the row. */
    private void reduce(TreeMap<Integer, BigInteger> row) {
        List<Integer> pivots = new ArrayList<>();
        for (int column : row.keySet()) {
            if (rows.containsKey(column)) {
                pivots.add(column);
            }
        }
        // a pivot row is zero in the other pivot columns, so eliminating one brings in no other
        for (int pivot : pivots) {
            TreeMap<Integer, BigInteger> next = combine(row, rows.get(pivot), pivot);
            row.clear();
            row.putAll(next);
        }
    }

    /** {@code target} with its entry at {@code column} eliminated by {@code by} (non-zero there), divided by its gcd. */
    private static TreeMap<Integer, BigInteger> combine(TreeMap<Integer, BigInteger> target, TreeMap<Integer, BigInteger> by, int column) {
        BigInteger t = target.getOrDefault(column, BigInteger.ZERO);
        if (t.signum() == 0) {
            return new TreeMap<>(target);
        }
        BigInteger b = by.get(column);
        BigInteger g = t.gcd(b);
        BigInteger scaleTarget = b.divide(g);
        BigInteger scaleBy = t.divide(g);
        TreeMap<Integer, BigInteger> out = new TreeMap<>();
        target.forEach((c, v) -> out.put(c, v.multiply(scaleTarget)));
        by.forEach((c, v) -> {
            BigInteger sum = out.getOrDefault(c, BigInteger.ZERO).subtract(v.multiply(scaleBy));
            if (sum.signum() == 0) {
                out.remove(c);
            } else {
                out.put(c, sum);
            }
        });
        BigInteger divisor = BigInteger.ZERO;
        for (BigInteger v : out.values()) {
            divisor = divisor.gcd(v);
        }
        if (divisor.compareTo(BigInteger.ONE) > 0) {
            BigInteger d = divisor;
            out.replaceAll((c, v) -> v.divide(d));
        }
        return out;
    }
}
