package dk.samspil.projections.disclosure;

import dk.samspil.projections.store.Figure;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a figure's value is shown. Every query makes its figures here, with who counts in them, so
 * what decides (k alone, or a release's decisions as well) is one thing no view can leave out.
 */
public interface FigureGate {

    /** The smallest group a figure may describe. */
    int k();

    /**
     * @param contributors who the mean is over: questionnaire version:what it rated, one per respondent
     */
    Figure figure(FigureKey key, Double mean, int n, List<String> contributors);

    /**
     * Whether {@link #figure} looks at who counts: when not, a query may leave its contributors out (listing
     * every respondent of every figure costs the profile view most of its time).
     */
    default boolean readsContributors() {
        return true;
    }

    /**
     * The last day whose citizen-outcome measurements count: at a release point, the close of the latest
     * wave it released (releasing a wave releases the outcomes measured by its close); null for no limit.
     */
    default LocalDate outcomesThrough() {
        return null;
    }

    /** Every moment and figure: only groups below k are suppressed (admins, researchers granted person-level reads). */
    static FigureGate open(int k) {
        return new Open(k);
    }

    /** Before anything is released: how many answered, never a value. */
    static FigureGate countsOnly(int k) {
        return new CountsOnly(k);
    }

    /**
     * The same figures with groups below a larger k suppressed as well: what it shows is a subset of what
     * this gate shows, so nothing can be combined from it that could not be from this one.
     */
    default FigureGate atLeast(int larger) {
        return larger <= k() ? this : this instanceof Open ? new Open(larger) : new Stricter(this, larger);
    }

    record Stricter(FigureGate gate, int k) implements FigureGate {
        @Override
        public LocalDate outcomesThrough() {
            return gate.outcomesThrough();
        }

        @Override
        public boolean readsContributors() {
            return gate.readsContributors();
        }

        @Override
        public Figure figure(FigureKey key, Double mean, int n, List<String> contributors) {
            Figure figure = gate.figure(key, mean, n, contributors);
            return n < k ? new Figure(null, n, true) : figure;
        }
    }

    record CountsOnly(int k) implements FigureGate {
        @Override
        public boolean readsContributors() {
            return false;
        }

        @Override
        public Figure figure(FigureKey key, Double mean, int n, List<String> contributors) {
            return new Figure(null, n, true);
        }
    }

    record Open(int k) implements FigureGate {
        @Override
        public boolean readsContributors() {
            return false;
        }

        @Override
        public Figure figure(FigureKey key, Double mean, int n, List<String> contributors) {
            return Figure.of(mean, n, k);
        }
    }
}
