package dk.samspil.ui.runtime.demo;

import dk.samspil.domain.intake.BundleImporter;
import dk.samspil.domain.intake.ImportSummary;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.ui.app.accounts.UserAccount;
import dk.samspil.ui.app.accounts.UserAccounts;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** Gets a data folder ready for ./samspil demo: the demo study loaded once, and whether its admin can sign in. */
@Component
public record DemoSetup(ReadModelSync sync, StudyCatalog catalog, BundleImporter importer, UserAccounts accounts) {

    /**
     * @param loaded    the demo study's two imports when they were made now; empty when it was there already
     * @param demoAdmin whether the demo-admin account can sign in
     */
    public record Ready(List<ImportSummary> loaded, boolean demoAdmin) {
    }

    public Ready prepare() throws IOException {
        sync.awaitCaughtUp(Duration.ofMinutes(10), at -> { });
        List<ImportSummary> loaded = List.of();
        if (catalog.study(StudyId.of(DemoStudy.STUDY), AsOf.LATEST).isEmpty()) {
            loaded = DemoStudy.load(importer);
            sync.awaitCaughtUp(Duration.ofMinutes(10), at -> { });
        }
        return new Ready(loaded, accounts.find("demo-admin").filter(UserAccount::enabled).isPresent());
    }
}
