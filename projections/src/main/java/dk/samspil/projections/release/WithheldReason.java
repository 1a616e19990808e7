package dk.samspil.projections.release;

/**
 * Why a release withholds a figure, as data, so each reader words it in its own language (the release
 * page in Danish or English, the command line and the API in English).
 *
 * @param count how many: the figure's n (below k), or the respondents that differ (held back, secondary)
 * @param since for a held-back figure, the release point that showed it last; else 0
 */
public record WithheldReason(Kind kind, int count, long since, int k) {

    public enum Kind {
        /** fewer than k respondents */
        BELOW_K,
        /** fewer than k of its respondents changed since a release showed it */
        HELD_BACK,
        /** it differs in 1 to k-1 respondents from a figure shown of the same answers */
        SAME_ANSWERS,
        /** its respondents differ in 1 to k-1 from those of a figure shown of the same people */
        SAME_PEOPLE,
        /** exact elimination over the shown sums would single out one respondent's value */
        SINGLES_OUT;

        public boolean secondary() {
            return this == SAME_ANSWERS || this == SAME_PEOPLE || this == SINGLES_OUT;
        }
    }

    /** The reason in English, as the command line and the read API give it. */
    public String english() {
        return switch (kind) {
            case BELOW_K -> "fewer than k = " + k + " respondents (" + count + ")";
            case HELD_BACK -> "held back: " + count + " of its respondents changed since the release at position " + since
                    + ", fewer than k = " + k;
            case SAME_ANSWERS -> "secondary: it differs in " + count + " respondent" + (count == 1 ? "" : "s")
                    + " from a figure shown of the same answers";
            case SAME_PEOPLE -> "secondary: its respondents differ in " + count + " from those of a figure shown of the same people";
            case SINGLES_OUT -> "secondary: with the figures shown it would single out one respondent's value";
        };
    }

    /** As the read model keeps it: kind, count, since and k, separated by spaces. */
    String stored() {
        return kind + " " + count + " " + since + " " + k;
    }

    static WithheldReason parse(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split(" ");
        return new WithheldReason(Kind.valueOf(parts[0]), Integer.parseInt(parts[1]), Long.parseLong(parts[2]), Integer.parseInt(parts[3]));
    }
}
