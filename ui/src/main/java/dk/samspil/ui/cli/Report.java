package dk.samspil.ui.cli;

import dk.samspil.ui.app.reports.ReportRequest;
import dk.samspil.ui.app.reports.StudyReports;
import dk.samspil.ui.runtime.launch.Launcher;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.concurrent.Callable;

/** A report or analysis: starts the application, asks the reports service once, prints the answer in the format asked for. */
abstract class Report implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Mixin
    ReportOptions options;

    /** What this report prints, from one call to the reports service. */
    abstract Output output(StudyReports reports, ReportRequest request);

    /** What a report prints in each format. */
    interface Output {
        Object json();

        Table table();

        /** A line or two above the text table saying what it shows. */
        String heading();

        default String text() {
            return heading() + "\n\n" + table().text();
        }

        /** An output whose text shows the main table, then further sections (a title line and a table each). */
        static Output of(Object json, String heading, Table table, String... sections) {
            return new Sections(json, heading, table, List.of(sections));
        }
    }

    private record Sections(Object json, String heading, Table table, List<String> sections) implements Output {
        @Override
        public String text() {
            StringBuilder text = new StringBuilder(heading).append("\n\n").append(table.text());
            sections.stream().filter(section -> !section.isEmpty()).forEach(section -> text.append('\n').append(section));
            return text.toString();
        }
    }

    /** A titled table for {@link Output#of}. */
    static String section(String title, Table table) {
        return title + "\n" + table.text();
    }

    @Override
    public final Integer call() {
        try (ConfigurableApplicationContext app = Launcher.start(data.folder(), null)) {
            Output output = output(app.getBean(StudyReports.class), options.request());
            System.out.print(switch (options.format) {
                case json -> Json.write(output.json()) + "\n";
                case csv -> output.table().csv();
                case text -> output.text();
            });
        }
        return 0;
    }
}
