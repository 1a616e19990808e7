package dk.samspil.ui.cli;

import dk.samspil.projections.units.Scope;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Locale;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyses researchers publish (measures.md): elasticity, effect, change, relations, outcomes.",
        subcommands = {ElasticityAnalysisCommand.class, EffectAnalysisCommand.class, ChangeAnalysisCommand.class,
                RelationsAnalysisCommand.class, OutcomesAnalysisCommand.class})
final class AnalyzeCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say which analysis, e.g. analyze elasticity");
    }

    static Scope scope(String text) {
        try {
            return Scope.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadInput("--scope: " + e.getMessage());
        }
    }

    /** Estimates in text tables keep four decimals; JSON carries them unrounded. */
    static String number(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }
}
