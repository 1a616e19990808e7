package dk.samspil.ui.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;


@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyses researchers publish (measures.md): elasticity, effect, change, relations, outcomes.",
        subcommands = {ElasticityAnalysisCommand.class, EffectAnalysisCommand.class, ChangeAnalysisCommand.class,
                RelationsAnalysisCommand.class, OutcomesAnalysisCommand.class})
final class AnalyzeCommand extends CommandGroup {

    AnalyzeCommand() {
        super("say which analysis, e.g. analyze elasticity");
    }
}
