package dk.samspil.ui.attack;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The attacker's arithmetic on cases worked by hand, including the leak issue 17 found by stepping the as-of control. */
class DisclosureTest {

    private static Set<String> people(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> String.format("p%05d", i)).collect(Collectors.toSet());
    }

    @Test
    void two_consecutive_moments_of_one_cell_expose_the_respondent_who_came_between_them() {
        // skole -> familie, w0: n = 5 at position 174, n = 6 at 175
        List<Disclosure.Figure> shown = List.of(
                new Disclosure.Figure("w0 rk@1 skole->familie", "position 174", people(36, 40)),
                new Disclosure.Figure("w0 rk@1 skole->familie", "position 175", people(36, 41)));
        assertThat(Disclosure.exposed(shown)).containsExactly(new Disclosure.Exposed("w0 rk@1 skole->familie", "p00041"));
        assertThat(Disclosure.closePairs(shown, 5)).singleElement()
                .satisfies(pair -> assertThat(pair.difference()).containsExactly("p00041"));
    }

    @Test
    void a_parent_unit_minus_its_other_children_gives_a_small_child_away() {
        Set<String> childA = people(1, 6);
        Set<String> childB = people(7, 8);
        Set<String> parent = new java.util.HashSet<>(childA);
        parent.addAll(childB);
        // the small child itself is suppressed; the parent and the large child are shown
        List<Disclosure.Figure> shown = List.of(new Disclosure.Figure("m", "parent", parent), new Disclosure.Figure("m", "child A", childA));
        assertThat(Disclosure.closePairs(shown, 5)).singleElement().satisfies(pair -> assertThat(pair.difference()).isEqualTo(childB));
        // two people left: their sum is known, neither value alone
        assertThat(Disclosure.exposed(shown)).isEmpty();
    }

    @Test
    void combinations_of_many_overlapping_figures_are_found_exactly_and_disjoint_groups_of_k_give_nothing() {
        // three groups of five: each alone, and every union of two; nobody is determined
        List<Disclosure.Figure> safe = new ArrayList<>(List.of(new Disclosure.Figure("m", "a", people(1, 5)),
                new Disclosure.Figure("m", "b", people(6, 10)), new Disclosure.Figure("m", "c", people(11, 15))));
        Set<String> ab = people(1, 10);
        safe.add(new Disclosure.Figure("m", "a+b", ab));
        assertThat(Disclosure.exposed(safe)).isEmpty();
        // (a ∪ {p16}) and (a ∪ b ∪ {p16}) and b: p16 = (a∪{p16}) − a
        List<Disclosure.Figure> leaky = new ArrayList<>(safe);
        Set<String> aPlus = people(1, 5);
        aPlus.add("p00016");
        leaky.add(new Disclosure.Figure("m", "a+p16", aPlus));
        assertThat(Disclosure.exposed(leaky)).extracting(Disclosure.Exposed::person).containsExactly("p00016");
        // the same sets under another measure sum other values: nothing follows across measures
        List<Disclosure.Figure> apart = List.of(new Disclosure.Figure("m1", "a", people(1, 5)), new Disclosure.Figure("m2", "a+p16", aPlus));
        assertThat(Disclosure.exposed(apart)).isEmpty();
    }

    @Test
    void a_person_is_found_through_a_chain_no_pair_shows() {
        // x1+x2+x3, x2+x3+x4, x1+x4: 2·x1 = (1) − (2) + (3), found only by elimination
        List<Disclosure.Figure> shown = List.of(new Disclosure.Figure("m", "one", Set.of("x1", "x2", "x3")),
                new Disclosure.Figure("m", "two", Set.of("x2", "x3", "x4")), new Disclosure.Figure("m", "three", Set.of("x1", "x4")));
        assertThat(Disclosure.exposed(shown)).extracting(Disclosure.Exposed::person).containsExactlyInAnyOrder("x1", "x4");
    }

    @Test
    void the_exact_elimination_agrees_with_ranks_modulo_a_large_prime_on_random_figures() {
        java.util.Random random = new java.util.Random(17);
        long prime = 2_147_483_647L;
        for (int round = 0; round < 300; round++) {
            int rows = 1 + random.nextInt(7);
            int columns = 1 + random.nextInt(9);
            List<java.math.BigInteger[]> matrix = new ArrayList<>();
            long[][] modular = new long[rows][columns];
            for (int r = 0; r < rows; r++) {
                java.math.BigInteger[] row = new java.math.BigInteger[columns];
                for (int c = 0; c < columns; c++) {
                    int bit = random.nextInt(3) == 0 ? 1 : 0;
                    row[c] = java.math.BigInteger.valueOf(bit);
                    modular[r][c] = bit;
                }
                matrix.add(row);
            }
            List<Integer> determined = Disclosure.determinedColumns(matrix, columns);
            int rank = rank(modular, prime);
            for (int c = 0; c < columns; c++) {
                long[][] withUnit = java.util.Arrays.copyOf(modular, rows + 1);
                withUnit[rows] = new long[columns];
                withUnit[rows][c] = 1;
                boolean inRowSpace = rank(withUnit, prime) == rank;
                assertThat(determined.contains(c)).as("round %d, column %d", round, c).isEqualTo(inRowSpace);
            }
        }
    }

    /** Rank by elimination modulo a prime: an independent check of the exact elimination. */
    private static int rank(long[][] original, long p) {
        long[][] m = java.util.Arrays.stream(original).map(long[]::clone).toArray(long[][]::new);
        int rank = 0;
        for (int col = 0; col < (m.length == 0 ? 0 : m[0].length) && rank < m.length; col++) {
            int pivot = -1;
            for (int r = rank; r < m.length; r++) {
                if (m[r][col] % p != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            long[] swap = m[rank];
            m[rank] = m[pivot];
            m[pivot] = swap;
            long inverse = java.math.BigInteger.valueOf(m[rank][col]).modInverse(java.math.BigInteger.valueOf(p)).longValue();
            for (int r = 0; r < m.length; r++) {
                if (r != rank && m[r][col] % p != 0) {
                    long factor = Math.floorMod(m[r][col] * inverse, p);
                    for (int c = 0; c < m[r].length; c++) {
                        m[r][c] = Math.floorMod(m[r][c] - factor * m[rank][c] % p, p);
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
