package dk.samspil.ui.runtime.demo;

import dk.samspil.domain.access.PersonLevelAccessGranted;
import dk.samspil.domain.intake.BundleImporter;
import dk.samspil.domain.intake.ImportSummary;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.study.ReleaseWave;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.release.Releases;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.ui.app.accounts.UserAccount;
import dk.samspil.ui.app.accounts.SignInAccounts;
import dk.samspil.ui.app.accounts.UserAccounts;
import dk.samspil.ui.app.facts.Facts;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import dk.samspil.ui.runtime.settings.SamspilProperties;
import dk.samspil.ui.runtime.storage.OneNodeAtATime;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** Gets a data folder ready for ./samspil demo: the demo study loaded once, and whether its admin can sign in. */
@Component
public record DemoSetup(ReadModelSync sync, StudyCatalog catalog, BundleImporter importer, UserAccounts accounts,
                        CommandGateway commands, Releases releases, Facts facts, SamspilProperties properties, DataSource dataSource) {

    /**
     * @param loaded    the demo study's two imports when they were made now; empty when it was there already
     * @param demoAdmin whether the demo-admin account can sign in
     */
    public record Ready(List<ImportSummary> loaded, boolean demoAdmin) {
    }

    public Ready prepare() throws IOException, SQLException {
        List<ImportSummary> loaded;
        try (Connection connection = dataSource.getConnection()) {
            // nodes started with demo at once on one PostgreSQL: the first loads the study, the others then find it
            loaded = OneNodeAtATime.run(connection, OneNodeAtATime.DEMO, this::loadOnce);
        }
        return new Ready(loaded, accounts.find("demo-admin").filter(UserAccount::enabled).isPresent());
    }

    private List<ImportSummary> loadOnce() throws IOException {
        sync.awaitCaughtUp(Duration.ofMinutes(10), at -> { });
        if (catalog.study(StudyId.of(DemoStudy.STUDY), AsOf.LATEST).isPresent()) {
            return List.of();
        }
        List<ImportSummary> loaded = DemoStudy.load(importer);
        sync.awaitCaughtUp(Duration.ofMinutes(10), at -> { });
        releaseClosedWaves();
        // the demo's researcher reads every moment and the case matrix, as an admin would grant a project's researcher
        facts.record(new PersonLevelAccessGranted("demo-forsker", TenantId.of(SignInAccounts.DEMO_ORGANISATION), "demo"));
        sync.awaitCaughtUp(Duration.ofMinutes(10), at -> { });
        return loaded;
    }

    /** Every closed wave of the demo study released, so the demo's programme manager sees figures at once. */
    private void releaseClosedWaves() {
        StudyId demo = StudyId.of(DemoStudy.STUDY);
        LocalDate today = LocalDate.now(AsOf.STUDY_ZONE);
        catalog.study(demo, AsOf.LATEST).orElseThrow().waves().stream().filter(w -> w.closesOn().isBefore(today))
                .forEach(w -> commands.sendAndWait(new ReleaseWave(demo, WaveKey.of(w.key()), "demo")));
        sync.awaitCaughtUp(Duration.ofMinutes(10), at -> { });
        // decided now rather than on the first page a programme manager opens
        releases.points(demo).stream().reduce((a, b) -> b).ifPresent(p -> releases.decisions(demo, p.position(), properties.k()));
    }
}
