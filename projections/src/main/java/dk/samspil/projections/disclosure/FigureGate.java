package dk.samspil.projections.disclosure;

import dk.samspil.projections.store.Figure;

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

    /** Every moment and figure: only groups below k are suppressed (admins, researchers granted person-level reads). */
    static FigureGate open(int k) {
        return new Open(k);
    }

    /** Before anything is released: how many answered, never a value. */
    static FigureGate countsOnly(int k) {
        return new CountsOnly(k);
    }

    record CountsOnly(int k) implements FigureGate {
        @Override
        public Figure figure(FigureKey key, Double mean, int n, List<String> contributors) {
            return new Figure(null, n, true);
        }
    }

    record Open(int k) implements FigureGate {
        @Override
        public Figure figure(FigureKey key, Double mean, int n, List<String> contributors) {
            return Figure.of(mean, n, k);
        }
    }
}
