package dk.samspil.ui.app.reports;

import java.util.List;

/** What a report or analysis gives in each format: the command line prints it, the read API answers with it. */
public interface ReportOutput {

    /** The value written as JSON ({@link ReportJson}). */
    Object json();

    /** The main table: the CSV format, and the text format below the heading. */
    Table table();

    /** A line or two above the text table saying what it shows. */
    String heading();

    default String text() {
        return heading() + "\n\n" + table().text();
    }

    /** The answer in a format: text, json or csv. */
    default String in(Format format) {
        return switch (format) {
            case json -> ReportJson.write(json()) + "\n";
            case csv -> table().csv();
            case text -> text();
        };
    }

    enum Format { text, json, csv }

    /** An output whose text shows the main table, then further sections (a title line and a table each). */
    static ReportOutput of(Object json, String heading, Table table, String... sections) {
        return new Sections(json, heading, table, List.of(sections));
    }

    /** An output whose text is its own (a grid, a log) rather than the heading over the table. */
    static ReportOutput written(Object json, String heading, Table table, String text) {
        return new Written(json, heading, table, text);
    }

    /** A titled table for {@link #of}. */
    static String section(String title, Table table) {
        return title + "\n" + table.text();
    }

    record Sections(Object json, String heading, Table table, List<String> sections) implements ReportOutput {
        @Override
        public String text() {
            StringBuilder text = new StringBuilder(heading).append("\n\n").append(table.text());
            sections.stream().filter(section -> !section.isEmpty()).forEach(section -> text.append('\n').append(section));
            return text.toString();
        }
    }

    record Written(Object json, String heading, Table table, String text) implements ReportOutput {
    }
}
