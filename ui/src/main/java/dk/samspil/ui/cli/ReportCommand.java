package dk.samspil.ui.cli;

import picocli.CommandLine.Command;

@Command(name = "report", mixinStandardHelpOptions = true, description = "Figures from the read model (measures.md).",
        subcommands = {MatrixReport.class, UnitsReport.class, ProfileReport.class, GivenReceivedReport.class,
                OutcomesReport.class, TimelineReport.class, CaseMatrixReport.class, MeetingReportCommand.Pdf.class,
                MeetingReportCommand.Pptx.class})
final class ReportCommand extends CommandGroup {

    ReportCommand() {
        super("say which report, e.g. report matrix");
    }
}
