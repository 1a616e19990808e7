package dk.samspil.domain.instrument;

/** An integer answer scale; an empty answer ("don't know / not relevant") is missing, never a score. */
public record Scale(int min, int max) {

    public Scale {
        if (min > max) {
            throw new IllegalArgumentException("scale min " + min + " is above max " + max);
        }
    }

    public boolean contains(int score) {
        return score >= min && score <= max;
    }

    @Override
    public String toString() {
        return min + "-" + max;
    }
}
