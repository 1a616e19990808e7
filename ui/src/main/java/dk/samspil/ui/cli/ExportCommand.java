package dk.samspil.ui.cli;

import dk.samspil.ui.runtime.launch.Launcher;
import dk.samspil.domain.shared.Keys;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.exports.ExportManifest;
import dk.samspil.ui.app.export.ExportService;
import dk.samspil.ui.app.export.RecordedExports;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Research export for a partner: Parquet files with partner pseudonyms and a manifest.json",
                "(files, row counts, sha256, as-of position). The folder must not exist yet, or be empty."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Option(names = "--study", required = true, paramLabel = "S", description = "Study key.")
    String study;

    @Option(names = "--partner", required = true, paramLabel = "P", description = "Partner key (pseudonyms are the partner's own).")
    String partner;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to create.")
    Path out;

    @Option(names = "--as-of", paramLabel = "POS|TIME", description = "Event-store position, or date/time, to export at (default: latest).")
    String asOf;

    @Option(names = "--k", paramLabel = "N", description = "Minimum respondents per exported aggregate (default: the installation's, 5).")
    Integer k;

    @Option(names = "--coarsen-dates", description = "Cut every date to the first of its month (collected_on, started_on, ...).")
    boolean coarsenDates;

    @Override
    public Integer call() throws Exception {
        if (!Keys.isValid(partner)) {
            throw new BadInput("--partner must be a key of [a-z0-9_-]+, was '" + partner + "'");
        }
        try (ConfigurableApplicationContext app = Launcher.start(options.folder(), null)) {
            long started = System.nanoTime();
            RecordedExports.Recorded recorded = app.getBean(ExportService.class).exportTo(study, PartnerId.of(partner), out, asOf, k,
                    coarsenDates);
            ExportManifest manifest = recorded.manifest();
            double seconds = (System.nanoTime() - started) / 1e9;
            long parquetRows = manifest.files().stream().filter(f -> f.name().endsWith(".parquet")).mapToLong(ExportManifest.ExportedFile::rows).sum();
            System.out.printf("exported study %s for partner %s at position %d to %s under agreement %s (%s):%n", manifest.study(),
                    manifest.partner(), manifest.asOfPosition(), out.toAbsolutePath().normalize(), manifest.agreement(),
                    manifest.itemLevelMicrodata() ? "item-level responses included"
                            : "released aggregates only: the latest release point at or before the moment asked");
            manifest.files().forEach(f -> System.out.printf("  %-34s %,12d rows  %,6d suppressed  sha256 %s%n", f.name(), f.rows(),
                    f.suppressed(), f.sha256()));
            System.out.printf("recorded in the history at position %d (manifest sha256 %s)%n", recorded.position(), recorded.manifestSha256());
            System.out.printf(java.util.Locale.ROOT, "%,d Parquet rows; the whole export took %.2f s (%,.0f Parquet rows/s)%n", parquetRows,
                    seconds, parquetRows / seconds);
        }
        return 0;
    }
}
