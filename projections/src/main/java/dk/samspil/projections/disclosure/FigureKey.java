package dk.samspil.projections.disclosure;

import java.util.List;

/**
 * What a figure is, for deciding whether its value may be shown beside the others.
 *
 * @param name   the figure, the same wherever it is computed (a view, a report, an export)
 * @param family the figures whose contributors' values add up linearly with this one's (one wave and
 *               instrument, or one item of it): a contributor is a questionnaire version and what it rated
 * @param links  figures of other families whose values are weighted means of the same people's answers
 *               (an item and its instrument mean, a scope and another): their sets of people must not
 *               differ in fewer than k either
 */
public record FigureKey(String name, String family, List<String> links) {

    private static final String ALL = "*";
    private static final String OUTCOME = "outcome";

    public FigureKey {
        links = List.copyOf(links);
    }

    /**
     * The same figure of a subgroup only (e.g. "by stilling=leder"): of the total's family and links, so a subgroup
     * and the total, or two subgroups, are checked against each other like any figures of the same people.
     */
    public FigureKey within(String qualifier) {
        return new FigureKey(name + " " + qualifier, family, links);
    }

    /** The wave the figure is of (second in every name); null for a citizen outcome, which belongs to no wave. */
    public String wave() {
        String[] parts = name.split(" ");
        return parts[0].equals(OUTCOME) ? null : parts[1];
    }

    /**
     * A citizen outcome's mean in one unit and calendar month. A contributor is one citizen's measurements of
     * that month (their positions), so the outcome's figures add up linearly over citizen-months.
     */
    public static FigureKey outcome(String outcome, String unit, java.time.LocalDate month) {
        return new FigureKey(String.join(" ", OUTCOME, outcome, unit, month.toString()), OUTCOME + " " + outcome, List.of());
    }

    /**
     * A citizen outcome's mean over a fixed period of {@code months} from {@code from}, of one unit or (null) every unit:
     * of the months' family and over the same citizen-months, so a period and the months or periods inside it are
     * checked against each other.
     */
    public static FigureKey outcomePeriod(String outcome, String unit, java.time.LocalDate from, int months) {
        return new FigureKey(String.join(" ", OUTCOME, outcome, or(unit), from + "+" + months + "m"), OUTCOME + " " + outcome, List.of());
    }

    /** A citizen outcome over the units an intervention reaches, {@code months} before its start month or from it on. */
    public static FigureKey outcomeWindow(String outcome, String intervention, String side, int months) {
        return new FigureKey(String.join(" ", OUTCOME, outcome, "window", intervention, side, months + "m"), OUTCOME + " " + outcome,
                List.of());
    }

    /** A relation-matrix cell of the raters of {@code unit} and below it (null: every unit). */
    public static FigureKey cell(String wave, String instrument, String unit, String rater, String target) {
        String u = or(unit);
        List<String> links = rater.equals(target)
                ? List.of(link(wave, instrument, u, rater, target))
                : List.of(link(wave, instrument, u, rater, target), link(wave, instrument, u, rater, "between"));
        return new FigureKey(String.join(" ", "cell", wave, instrument, u, rater + ">" + target), family(wave, instrument), links);
    }

    /** How a group rates the other groups, among the raters of {@code unit} and below it. */
    public static FigureKey given(String wave, String instrument, String unit, String group) {
        String u = or(unit);
        return new FigureKey(String.join(" ", "given", wave, instrument, u, group), family(wave, instrument),
                List.of(link(wave, instrument, u, group, "between")));
    }

    /** How the other groups rate a group, among the raters of {@code unit} and below it. */
    public static FigureKey received(String wave, String instrument, String unit, String group) {
        return new FigureKey(String.join(" ", "received", wave, instrument, or(unit), group), family(wave, instrument), List.of());
    }

    /** A unit's index (its own respondents) in a scope; {@code unit} null: the whole study's, every rating. */
    public static FigureKey index(String wave, String instrument, String unit, String scope) {
        String u = or(unit);
        List<String> links = unit == null
                ? List.of(link(wave, instrument, u, ALL, ALL))
                : List.of(String.join(" ", wave, instrument, "index", u), link(wave, instrument, u, ALL, ALL));
        return new FigureKey(String.join(" ", "index", wave, instrument, u, scope), family(wave, instrument), links);
    }

    /** One item's mean, optionally of one rater group, one target group and the raters of one unit and below it. */
    public static FigureKey item(String wave, String instrument, String unit, String rater, String target, String item) {
        String u = or(unit);
        String r = or(rater);
        String t = or(target);
        return new FigureKey(String.join(" ", "item", wave, instrument, u, r + ">" + t, item), family(wave, instrument) + " " + item,
                List.of(link(wave, instrument, u, r, t)));
    }

    private static String family(String wave, String instrument) {
        return wave + " " + instrument;
    }

    private static String link(String wave, String instrument, String unit, String rater, String target) {
        return String.join(" ", wave, instrument, unit, rater + ">" + target);
    }

    private static String or(String value) {
        return value == null ? ALL : value;
    }
}
