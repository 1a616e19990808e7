package dk.samspil.ui.cli;

import dk.samspil.ui.app.reports.ReportCatalog;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A report or analysis: asks the report catalogue once, in its own process or, while an application
 * serves the data folder, through it; prints the answer in the format asked for.
 */
abstract class Report implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Mixin
    ReportOptions options;

    @Spec
    CommandSpec spec;

    /** This report's own options by name, as {@link ReportCatalog#run} takes them. */
    abstract Map<String, String> options();

    @Override
    public final Integer call() throws Exception {
        // "report matrix", "analyze effect": the name the catalogue knows it by
        String name = spec.qualifiedName().substring(spec.root().name().length() + 1);
        System.out.print(Served.catalogue(data.folder(), name, options.request(), options(), options.format));
        return 0;
    }
}
