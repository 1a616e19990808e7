package dk.samspil.ui.app.reports;

import dk.samspil.projections.matrix.CaseMatrix;
import dk.samspil.projections.matrix.GivenReceived;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.matrix.RelationMatrix;
import dk.samspil.projections.outcomes.OutcomeMonths;
import dk.samspil.projections.outcomes.OutcomePeriods;
import dk.samspil.projections.profile.DimensionProfile;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.timeline.Timeline;
import dk.samspil.projections.attributes.Breakdown;
import dk.samspil.projections.units.UnitIndices;

import dk.samspil.projections.history.LoggedEvent;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The read model's figures as tables and headings, the same for the command line and the read API. */
final class ReportTables {

    /** The subgroup column's value on the rows of everyone, in a breakdown. */
    static final String EVERYONE = "(all)";

    /** Everyone's figures under {@link #EVERYONE}, then each subgroup's under its value: the order every breakdown's rows take. */
    static <T> void eachSubgroup(Breakdown<T> breakdown, java.util.function.BiConsumer<String, T> rows) {
        rows.accept(EVERYONE, breakdown.total());
        breakdown.groups().forEach(g -> rows.accept(g.value(), g.figures()));
    }

    private ReportTables() {
    }

    private static final List<String> MATRIX_COLUMNS = List.of("study", "wave", "instrument", "as_of_position", "k", "rater_group",
            "target_group", "mean", "n", "band", "suppressed");

    static ReportOutput matrix(StudyReports.Matrix asked, String unit) {
        RelationMatrix matrix = asked.matrix();
        Table table = new Table(MATRIX_COLUMNS.toArray(String[]::new));
        cells(matrix, List.of(), table);
        String heading = matrixHeading(matrix, unit);
        return ReportOutput.written(matrix, heading, table, heading + "\n\n" + grid(matrix, asked.study()));
    }

    /** Everyone's matrix, then each subgroup's raters' (their value in the wave): a grid each, the first CSV column naming it. */
    static ReportOutput matrix(StudyReports.Matrices asked, String unit) {
        Breakdown<RelationMatrix> breakdown = asked.breakdown();
        StudySummary study = asked.study();
        List<String> columns = new ArrayList<>(List.of(breakdown.by()));
        columns.addAll(MATRIX_COLUMNS);
        Table table = new Table(columns.toArray(String[]::new));
        eachSubgroup(breakdown, (subgroup, matrix) -> cells(matrix, List.of(subgroup), table));
        String heading = matrixHeading(breakdown.total(), unit) + "\nBy " + breakdown.by() + ": everyone, then each value's raters (their value in the wave).";
        StringBuilder text = new StringBuilder(heading).append("\n\nEveryone\n").append(grid(breakdown.total(), study));
        for (Breakdown.Group<RelationMatrix> group : breakdown.groups()) {
            text.append('\n').append(breakdown.by()).append(" = ").append(group.value()).append(" (").append(group.label().en()).append(")\n")
                    .append(grid(group.figures(), study));
        }
        return ReportOutput.written(breakdown, heading, table, text.toString());
    }

    private static void cells(RelationMatrix matrix, List<Object> before, Table table) {
        for (MatrixCell cell : matrix.cells()) {
            List<Object> row = new ArrayList<>(before);
            row.addAll(java.util.Arrays.asList(matrix.study(), matrix.wave(), matrix.instrument(), matrix.asOfPosition(), matrix.k(),
                    cell.raterGroup(), cell.targetGroup(), cell.mean(), cell.n(), cell.band() == null ? null : cell.band().key(), cell.suppressed()));
            table.row(row.toArray());
        }
    }

    private static String matrixHeading(RelationMatrix matrix, String unit) {
        return String.format(Locale.ROOT, "Relation matrix: study %s, wave %s, %s%s, as of position %d, k = %d%n"
                        + "Rows rate, columns are rated. Cell: mean (n) band H/M/L; 'suppressed' where n < k.",
                matrix.study(), matrix.wave(), matrix.instrument(), unit == null ? "" : ", unit " + unit + " and the units below it",
                matrix.asOfPosition(), matrix.k());
    }

    private static String grid(RelationMatrix matrix, StudySummary summary) {
        List<String> groups = summary.groups().stream().map(StudySummary.Named::key).toList();
        int width = Math.max(14, groups.stream().mapToInt(String::length).max().orElse(10) + 2);
        StringBuilder out = new StringBuilder(String.format("%-" + width + "s", "rater \\ rated"));
        groups.forEach(g -> out.append(String.format("%-" + width + "s", g)));
        out.append('\n');
        for (String rater : groups) {
            out.append(String.format("%-" + width + "s", rater));
            for (String target : groups) {
                String text = matrix.cells().stream()
                        .filter(c -> c.raterGroup().value().equals(rater) && c.targetGroup().value().equals(target))
                        .findFirst()
                        .map(c -> c.suppressed() ? "suppressed" : String.format(Locale.ROOT, "%.2f (%d) %s",
                                c.mean(), c.n(), c.band().key().substring(0, 1).toUpperCase(Locale.ROOT)))
                        .orElse("-");
                out.append(String.format("%-" + width + "s", text));
            }
            out.append('\n');
        }
        return out.toString();
    }

    static ReportOutput units(UnitIndices indices) {
        Table table = new Table("unit", "mean", "n", "suppressed");
        indices.units().forEach(u -> table.row(u.unit(), u.mean(), u.n(), u.suppressed()));
        return ReportOutput.of(indices, String.format(Locale.ROOT, "Unit indices: study %s, wave %s, %s, scope %s, as of position %d, k = %d",
                indices.study(), indices.wave(), indices.instrument(), indices.scope(), indices.asOfPosition(), indices.k()), table);
    }

    /** Everyone's indices, then each subgroup's, one row per subgroup and unit: the first column names the subgroup. */
    static ReportOutput units(Breakdown<UnitIndices> breakdown) {
        UnitIndices indices = breakdown.total();
        Table table = new Table(breakdown.by(), "unit", "mean", "n", "suppressed");
        eachSubgroup(breakdown, (subgroup, shown) -> shown.units().forEach(u -> table.row(subgroup, u.unit(), u.mean(), u.n(), u.suppressed())));
        return ReportOutput.of(breakdown, String.format(Locale.ROOT, "Unit indices: study %s, wave %s, %s, scope %s, as of position %d, k = %d%n"
                        + "By %s: everyone %s, then each value's respondents (their value in wave %s)", indices.study(), indices.wave(),
                indices.instrument(), indices.scope(), indices.asOfPosition(), indices.k(), breakdown.by(), EVERYONE, indices.wave()), table);
    }

    static ReportOutput profile(DimensionProfile profile, String rater, String target, String unit) {
        Table table = new Table("item", "dimension", "label", "mean", "n", "suppressed");
        profile.items().forEach(i -> table.row(i.item(), i.dimension(), i.labelEn(), i.mean(), i.n(), i.suppressed()));
        return ReportOutput.of(profile, String.format(Locale.ROOT, "Dimension profile: study %s, wave %s, %s%s%s%s, as of position %d, k = %d",
                profile.study(), profile.wave(), profile.instrument(), rater == null ? "" : ", rated by " + rater,
                target == null ? "" : ", of " + target, unit == null ? "" : ", unit " + unit + " and the units below it",
                profile.asOfPosition(), profile.k()), table);
    }

    /** Everyone's item means, then each subgroup's, one row per subgroup and item: the first column names the subgroup. */
    static ReportOutput profile(Breakdown<DimensionProfile> breakdown, String rater, String target, String unit) {
        Table table = new Table(breakdown.by(), "item", "dimension", "label", "mean", "n", "suppressed");
        eachSubgroup(breakdown, (subgroup, shown) -> shown.items().forEach(i -> table.row(subgroup, i.item(), i.dimension(), i.labelEn(),
                i.mean(), i.n(), i.suppressed())));
        ReportOutput plain = profile(breakdown.total(), rater, target, unit);
        return ReportOutput.of(breakdown, plain.heading() + String.format(Locale.ROOT, "%nBy %s: everyone %s, then each value's respondents "
                + "(their value in wave %s)", breakdown.by(), EVERYONE, breakdown.total().wave()), table);
    }

    static ReportOutput givenReceived(GivenReceived result, String unit) {
        Table table = new Table("group", "given_mean", "given_n", "received_mean", "received_n", "asymmetry");
        result.groups().forEach(g -> table.row(g.group(), g.given().mean(), g.given().n(), g.received().mean(),
                g.received().n(), g.asymmetry()));
        return ReportOutput.of(result, String.format(Locale.ROOT, "Given vs received: study %s, wave %s, %s%s, as of position %d, k = %d",
                result.study(), result.wave(), result.instrument(), unit == null ? "" : ", unit " + unit + " and the units below it",
                result.asOfPosition(), result.k()), table);
    }

    static ReportOutput outcomes(OutcomeMonths months) {
        Table table = new Table("unit", "month", "mean", "n", "suppressed");
        months.months().forEach(m -> table.row(m.unit(), m.month(), m.mean(), m.n(), m.suppressed()));
        return ReportOutput.of(months, String.format(Locale.ROOT, "Outcome %s per unit and month: study %s, as of position %d, k = %d",
                months.outcome(), months.study(), months.asOfPosition(), months.k()), table);
    }

    /** Each period's figure per unit, and over every unit (the unit column empty). */
    static ReportOutput outcomePeriods(OutcomePeriods periods, String unit) {
        Table table = new Table("unit", "period", "mean", "n", "suppressed");
        periods.periods().stream().filter(p -> unit == null || unit.equals(p.unit()))
                .forEach(p -> table.row(p.unit() == null ? "" : p.unit(), p.from(), p.figure().mean(), p.figure().n(), p.figure().suppressed()));
        OutcomePeriods shown = unit == null ? periods : new OutcomePeriods(periods.study(), periods.outcome(), periods.length(),
                periods.asOfPosition(), periods.k(), periods.of(unit));
        return ReportOutput.of(shown, String.format(Locale.ROOT, "Outcome %s per %s: study %s, as of position %d, k = %d", periods.outcome(),
                periods.length().key(), periods.study(), periods.asOfPosition(), periods.k()), table);
    }

    /** Everyone's months, then each subgroup's citizens' (their value that day), the first column naming the subgroup. */
    static ReportOutput outcomes(Breakdown<OutcomeMonths> breakdown) {
        Table table = new Table(breakdown.by(), "unit", "month", "mean", "n", "suppressed");
        eachSubgroup(breakdown, (subgroup, shown) -> shown.months().forEach(m -> table.row(subgroup, m.unit(), m.month(), m.mean(), m.n(),
                m.suppressed())));
        return ReportOutput.of(breakdown, outcomes(breakdown.total()).heading() + String.format(Locale.ROOT, "%nBy %s: everyone %s, then "
                + "each value's citizens (their value on the day measured)", breakdown.by(), EVERYONE), table);
    }

    private record Entry(LocalDate on, String kind, String what) {
    }

    static ReportOutput timeline(Timeline timeline) {
        List<Entry> entries = new ArrayList<>();
        timeline.waves().forEach(w -> entries.add(new Entry(w.opensOn(), "wave", w.wave() + " " + w.label() + " until " + w.closesOn())));
        timeline.milestones().forEach(m -> entries.add(new Entry(m.reachedOn(), "milestone", m.step() + " " + m.milestone()
                + (m.note() == null ? "" : ": " + m.note()))));
        timeline.interventions().forEach(i -> entries.add(new Entry(i.startedOn(), "intervention", i.type() + " " + i.intervention()
                + " (" + i.status() + (i.endedOn() == null ? "" : ", ended " + i.endedOn()) + ") in " + String.join(";", i.units())
                + " for " + String.join(";", i.groups()))));
        timeline.changes().forEach(ch -> entries.add(new Entry(ch.effectiveOn(), "change", ch.change() + " " + ch.unit()
                + (ch.otherUnit() == null ? "" : " -> " + ch.otherUnit()) + (ch.note() == null ? "" : ": " + ch.note()))));
        entries.sort(Comparator.comparing(Entry::on, Comparator.nullsLast(Comparator.naturalOrder())));
        Table table = new Table("date", "kind", "what");
        entries.forEach(e -> table.row(e.on(), e.kind(), e.what()));
        return ReportOutput.of(timeline, String.format(Locale.ROOT, "Timeline of study %s as of position %d", timeline.study(),
                timeline.asOfPosition()), table);
    }

    static ReportOutput caseMatrix(CaseMatrix matrix, List<String> cases) {
        Table table = new Table("rater_group", "target_group", "mean", "n", "ratings", "cases", "suppressed");
        matrix.cells().forEach(cell -> table.row(cell.raterGroup(), cell.targetGroup(), cell.mean(), cell.n(),
                cell.ratings(), cell.cases(), cell.suppressed()));
        return ReportOutput.of(matrix, String.format(Locale.ROOT, "Case matrix: study %s, wave %s, %s, %s, as of position %d, k = %d",
                matrix.study(), matrix.wave(), matrix.instrument(), cases.isEmpty() ? "every case" : "cases " + String.join(", ", cases),
                matrix.asOfPosition(), matrix.k()), table);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/Copenhagen"));

    static ReportOutput log(StudyReports.Log log, String study) {
        Table table = new Table("position", "recorded_at", "valid_on", "type", "summary");
        log.events().forEach(e -> table.row(e.position(), e.recordedAt(), e.validOn(), e.type(), e.summary()));
        String heading = String.format("%,d events%s; newest %d shown (position, recorded at in Europe/Copenhagen, valid on, type, summary)",
                log.total(), study == null ? "" : " of study " + study, log.events().size());
        StringBuilder text = new StringBuilder(heading).append('\n');
        for (LoggedEvent e : log.events()) {
            text.append(String.format("%8d  %s  %-10s  %-26s %s%n", e.position(), TIME.format(e.recordedAt()),
                    e.validOn() == null ? "-" : e.validOn(), e.type(), e.summary()));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", log.total());
        json.put("events", log.events());
        return ReportOutput.written(json, heading, table, text.toString());
    }
}
