package dk.samspil.ui.cli;

import dk.samspil.ui.app.meeting.MeetingReports;
import dk.samspil.ui.runtime.launch.Launcher;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

/** ./samspil report pdf|pptx: the meeting report of a study, or a unit and the units below it, at one moment. */
abstract class MeetingReportCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Option(names = "--study", required = true, paramLabel = "S", description = "Study key.")
    String study;

    @Option(names = "--unit", paramLabel = "U", description = "Only this unit and the units below it (default: the whole study).")
    String unit;

    @Option(names = "--as-of", paramLabel = "POS|TIME", description = "Event-store position, or date/time, to report at (default: latest).")
    String asOf;

    @Option(names = "--lang", defaultValue = "da", paramLabel = "da|en", description = "Language (default: ${DEFAULT-VALUE}).")
    String language;

    @Mixin
    ProgressOption progress;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write (replaced if it exists).")
    Path out;

    abstract MeetingReports.Format format();

    @Override
    public Integer call() throws Exception {
        if (!language.equals("da") && !language.equals("en")) {
            throw new BadInput("--lang is da or en, was '" + language + "'");
        }
        Path folder = out.toAbsolutePath().normalize().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BadInput("--out " + out + ": the folder " + folder + " does not exist");
        }
        try (ConfigurableApplicationContext app = Launcher.start(data.folder(), null)) {
            long started = System.nanoTime();
            Terminal terminal = progress.terminal();
            MeetingReports.Made made = app.getBean(MeetingReports.class).make(new MeetingReports.Asked(study, unit, asOf, language, format()),
                    "command line", (done, total, step) -> terminal.progress(step.equals(MeetingReports.WRITING) ? "writing the report"
                            : "reading the figures", done, total));
            terminal.done();
            // written beside the file and moved over it, so a reader never sees half a report
            Path partial = Files.createTempFile(folder, ".samspil-report-", ".part");
            Files.write(partial, made.bytes());
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.printf("report of study %s%s at position %d written to %s (%,d bytes, sha256 %s) in %.1f s%n", study,
                    unit == null ? "" : ", unit " + unit, made.position(), out.toAbsolutePath().normalize(), made.bytes().length,
                    made.sha256(), (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }

    @Command(name = "pdf", mixinStandardHelpOptions = true, description = "The meeting report as PDF.")
    static final class Pdf extends MeetingReportCommand {
        @Override
        MeetingReports.Format format() {
            return MeetingReports.Format.PDF;
        }
    }

    @Command(name = "pptx", mixinStandardHelpOptions = true, description = "The meeting report as PowerPoint (.pptx).")
    static final class Pptx extends MeetingReportCommand {
        @Override
        MeetingReports.Format format() {
            return MeetingReports.Format.PPTX;
        }
    }
}
