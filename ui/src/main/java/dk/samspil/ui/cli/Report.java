package dk.samspil.ui.cli;

import dk.samspil.ui.runtime.launch.Launcher;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import dk.samspil.ui.runtime.settings.SamspilProperties;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/** Runs a report: starts the application, brings the read model up to date, resolves study, as-of and k. */
final class Report {

    /** What a report computes from, resolved from its options. */
    record Context(ConfigurableApplicationContext app, StudySummary study, AsOf.Position asOf, int k) {
        <T> T bean(Class<T> type) {
            return app.getBean(type);
        }
    }

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

    private Report() {
    }

    static int run(DataOptions data, ReportOptions options, Function<Context, Output> report) {
        try (ConfigurableApplicationContext app = Launcher.start(data.folder(), null)) {
            app.getBean(ReadModelSync.class).awaitCaughtUp(Duration.ofHours(1), at -> { });
            StudySummary study = Studies.study(app.getBean(StudyCatalog.class), options.study);
            Context context = new Context(app, study, Studies.asOf(app.getBean(Positions.class), options.asOf),
                    Studies.k(options.k, app.getBean(SamspilProperties.class).k()));
            Output output = report.apply(context);
            System.out.print(switch (options.format) {
                case json -> Json.write(output.json()) + "\n";
                case csv -> output.table().csv();
                case text -> output.text();
            });
        }
        return 0;
    }
}
