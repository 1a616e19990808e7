package dk.samspil.ui.cli;

import dk.samspil.ui.app.meeting.MeetingReports;
import dk.samspil.ui.runtime.control.ControlFile;
import dk.samspil.ui.runtime.launch.Launcher;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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

    /** A report written: its position, size and hash, and the seconds it took to make (the application's start not counted). */
    private record Written(long position, long bytes, String sha256, double seconds) {

        static Written of(String answer, long started) {
            String[] fields = answer.split("\t");
            return new Written(Long.parseLong(fields[0]), Long.parseLong(fields[1]), fields[2], (System.nanoTime() - started) / 1e9);
        }
    }

    /** Made in a process of its own. */
    private Written local() throws Exception {
        try (ConfigurableApplicationContext app = Launcher.start(data.folder(), null)) {
            long started = System.nanoTime();
            Terminal terminal = progress.terminal();
            MeetingReports.Made made = app.getBean(MeetingReports.class).make(new MeetingReports.Asked(study, unit, asOf, language, format()),
                    "command line", (done, total, step) -> terminal.progress(step.equals(MeetingReports.WRITING) ? "writing the report"
                            : "reading the figures", done, total));
            terminal.done();
            MeetingReports.write(made, out);
            return new Written(made.position(), made.bytes().length, made.sha256(), (System.nanoTime() - started) / 1e9);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (!language.equals("da") && !language.equals("en")) {
            throw new BadInput("--lang is da or en, was '" + language + "'");
        }
        Path folder = out.toAbsolutePath().normalize().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BadInput("--out " + out + ": the folder " + folder + " does not exist");
        }
        Optional<ControlFile> running = ControlFile.ofRunningApplication(data.folder());
        long started = System.nanoTime();
        // the application serving the folder makes it there (no second process may open the folder) and writes it here
        Written made = running.isPresent() ? Written.of(Served.meetingReport(running.get(), study, unit, asOf, language, format(),
                out.toAbsolutePath().normalize()), started) : local();
        System.out.printf("report of study %s%s at position %d written to %s (%,d bytes, sha256 %s) in %.1f s%n", study,
                unit == null ? "" : ", unit " + unit, made.position(), out.toAbsolutePath().normalize(), made.bytes(), made.sha256(),
                made.seconds());
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
