package dk.samspil.domain.instrument;

/** Band thresholds of an instrument version: one set for a group's rating of itself, one for ratings between groups. */
public record Bands(BandThresholds within, BandThresholds between) {

    public static final Bands CONSULTANCY_DEFAULT =
            new Bands(new BandThresholds(4.5, 4.0), new BandThresholds(4.0, 3.5));

    public Band classify(double mean, boolean withinGroup) {
        return (withinGroup ? within : between).classify(mean);
    }
}
