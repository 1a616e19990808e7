package dk.samspil.ui.app.study;

import dk.samspil.ui.app.accounts.UserAccounts;
import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.domain.access.Operation;
import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Resource;
import dk.samspil.domain.access.Role;
import dk.samspil.domain.intake.BundleImporter;
import dk.samspil.domain.intake.ImportProgress;
import dk.samspil.domain.orgchange.ChangeKind;
import dk.samspil.domain.privacy.PersonErased;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.history.EventLogQuery;
import dk.samspil.projections.history.LoggedEvent;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import dk.samspil.ui.runtime.demo.SyntheticStudy;
import dk.samspil.exports.ExportOptions;
import dk.samspil.projections.ReadModel;
import dk.samspil.ui.app.export.RecordedExports;
import dk.samspil.ui.app.accounts.AdminService;
import dk.samspil.ui.app.export.ExportService;
import dk.samspil.ui.app.imports.ImportService;
import dk.samspil.ui.app.interventions.InterventionService;
import dk.samspil.ui.app.study.StudyMoments;
import dk.samspil.ui.web.testing.MiniStudy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role × every operation × own vs other organisation, through the query and command layer
 * the views use (not the buttons): the study gate every view's query goes through, the history's
 * scope, imports, the intervention and change commands, research exports, partner downloads,
 * erasure and account management. Each cell is allowed or refused exactly as the policy's grid
 * says. Case matrices (person level) are read on the command line only, where the operator is an
 * admin (CaseMatrixReportTest); the access records admins review are the history's (AdminViewTest).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class AccessMatrixTest {

    private static final Path DATA = MiniStudy.newDataFolder();
    private static final StudyId OWN = MiniStudy.STUDY;
    private static final StudyId OTHER = StudyId.of("anden");
    private static Path otherBundle;
    private static final List<Operation> VIEWS = List.of(Operation.VIEW_OVERVIEW, Operation.VIEW_MATRIX, Operation.VIEW_NETWORK,
            Operation.VIEW_PROFILE, Operation.VIEW_TIMELINE, Operation.VIEW_EFFECTS);

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("samspil.data", DATA::toString);
    }

    @Autowired
    BundleImporter importer;
    @Autowired
    ReadModelSync sync;
    @Autowired
    StudyCatalog catalog;
    @Autowired
    UserAccounts accounts;
    @Autowired
    StudyMoments moments;
    @Autowired
    InterventionService interventions;
    @Autowired
    ExportService exports;
    @Autowired
    StudyAccess access;
    @Autowired
    ImportService imports;
    @Autowired
    EventLogQuery log;
    @Autowired
    RecordedExports recorded;
    @Autowired
    ReadModel readModel;
    @Autowired
    AdminService admin;
    @Autowired
    dk.samspil.ui.app.release.WaveReleases releases;
    @Autowired
    dk.samspil.ui.app.fieldwork.FieldworkProgress fieldwork;

    @BeforeEach
    void twoOrganisationsAndAnAccountPerRole() throws Exception {
        MiniStudy.ensureImported(importer, sync, catalog);
        if (otherBundle == null) {
            otherBundle = Files.createTempDirectory("anden");
            new SyntheticStudy("anden-kommune", "Anden Kommune", OTHER.value(), "Anden studie", "Opgave", "top", "Top",
                    SyntheticStudy.pairs("d1", "D1", "d2", "D2"), SyntheticStudy.pairs("g1", "G1", "g2", "G2"),
                    5, false, 0, 2, LocalDate.of(2024, 1, 8), 1, 3L, false).write(otherBundle);
        }
        if (catalog.study(OTHER, AsOf.LATEST).isEmpty()) {
            importer.importBundle(otherBundle, ImportProgress.SILENT);
            sync.awaitCaughtUp(Duration.ofMinutes(2), at -> { });
        }
        if (readModel.exports().forPartner("aau").isEmpty()) {
            // one export of each study for the partner the partner account downloads for
            recorded.agree(PartnerId.of("aau"), "AAU-DSA-2026-01", true);
            for (StudyId study : List.of(OWN, OTHER)) {
                recorded.export(study, PartnerId.of("aau"), Files.createTempDirectory("made").resolve("x"), AsOf.LATEST,
                        new ExportOptions(5, false), "test");
            }
        }
        TenantId mine = TenantId.of("eksempel-kommune");
        for (Principal account : List.of(new Principal("m-admin", Role.ADMIN, Set.of(), Optional.empty()),
                new Principal("m-researcher", Role.RESEARCHER, Set.of(mine), Optional.empty()),
                new Principal("m-manager", Role.PROGRAMME_MANAGER, Set.of(mine), Optional.empty()),
                new Principal("m-partner", Role.PARTNER, Set.of(), Optional.of(PartnerId.of("aau"))))) {
            if (accounts.find(account.username()).isEmpty()) {
                accounts.add(account, "korrekt hest batteri".toCharArray());
            }
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_role_operation_and_organisation_is_allowed_or_refused_where_the_queries_and_commands_start() throws Exception {
        Map<Role, String> users = Map.of(Role.ADMIN, "m-admin", Role.RESEARCHER, "m-researcher", Role.PROGRAMME_MANAGER, "m-manager",
                Role.PARTNER, "m-partner");
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Role role : Role.values()) {
            signIn(users.get(role), role);
            Principal who = accounts.find(users.get(role)).orElseThrow().principal();
            for (StudyId study : List.of(OWN, OTHER)) {
                TenantId organisation = study.equals(OWN) ? TenantId.of("eksempel-kommune") : TenantId.of("anden-kommune");
                for (Operation operation : wired()) {
                    Resource resource = operation == Operation.DOWNLOAD_EXPORT ? Resource.export(organisation, PartnerId.of("aau"))
                            : Resource.of(organisation);
                    boolean expected = AccessPolicy.decide(who, operation, resource).allowed();
                    boolean refused = refused(operation, study);
                    cells++;
                    if (refused == expected) {
                        wrong.add(role + " " + operation + " " + (study.equals(OWN) ? "own" : "other") + ": "
                                + (refused ? "refused" : "allowed") + ", the policy says " + (expected ? "allow" : "refuse"));
                    }
                }
            }
        }
        assertThat(cells).isEqualTo(4 * 2 * wired().size());
        assertThat(wrong).as("cells decided otherwise than the policy").isEmpty();
    }

    @Test
    void a_programme_manager_is_offered_only_the_studies_of_their_own_organisation() {
        signIn("m-manager", Role.PROGRAMME_MANAGER);
        assertThat(moments.resolve(Operation.VIEW_MATRIX, null, AsOf.LATEST).orElseThrow().studies())
                .extracting(s -> s.key()).containsExactly(OWN.value());
    }

    @Test
    void the_history_shows_a_programme_manager_only_their_own_organisations_events() {
        signIn("m-manager", Role.PROGRAMME_MANAGER);
        List<LoggedEvent> shown = log.page(EventLogQuery.Filter.ALL.within(access.scope(Operation.VIEW_HISTORY)), 0, 100_000);
        assertThat(shown).isNotEmpty().allSatisfy(e -> assertThat(e.study()).isEqualTo(OWN.value()));
        signIn("m-admin", Role.ADMIN);
        assertThat(log.page(EventLogQuery.Filter.ALL.within(access.scope(Operation.VIEW_HISTORY)), 0, 100_000))
                .extracting(LoggedEvent::study).contains(OWN.value(), OTHER.value(), null);
    }

    private static List<Operation> wired() {
        List<Operation> all = new ArrayList<>(VIEWS);
        all.addAll(List.of(Operation.VIEW_HISTORY, Operation.RELEASE_WAVE, Operation.RUN_FIELDWORK, Operation.IMPORT_BUNDLE, Operation.REGISTER_INTERVENTION, Operation.REGISTER_CHANGE,
                Operation.EXPORT_RESEARCH, Operation.DOWNLOAD_EXPORT, Operation.ERASE_PERSON, Operation.MANAGE_USERS));
        return all;
    }

    /** Runs the operation on the study as the signed-in user; true when the access check refused it (a domain refusal is not). */
    private boolean refused(Operation operation, StudyId study) throws java.io.IOException, InterruptedException {
        try {
            switch (operation) {
                case REGISTER_INTERVENTION -> interventions.start(study, "no-such-intervention", LocalDate.of(2024, 2, 1));
                case REGISTER_CHANGE -> interventions.record(study, ChangeKind.UNIT_CLOSED, "no-such-unit", null, LocalDate.of(2024, 2, 1), null);
                case EXPORT_RESEARCH -> exports.past(study);
                // the review records nothing: allowed, it lists what a release would show
                case RELEASE_WAVE -> releases.review(study.value(), "w0");
                case RUN_FIELDWORK -> fieldwork.of(study, dk.samspil.domain.shared.WaveKey.of("w0"));
                // the study's export for the partner, made again byte for byte as a download is
                case DOWNLOAD_EXPORT -> exports.download(readModel.exports().forPartner("aau").stream()
                        .filter(e -> e.study().equals(study.value())).findFirst().orElseThrow());
                // nobody has this id: allowed, the erasure finds no one; refused, it is not even looked for
                case ERASE_PERSON -> admin.erase(RespondentId.of("nobody-" + study), Optional.empty(), PersonErased.ErasedAs.RESPONDENT);
                case MANAGE_USERS -> admin.users();
                // the study's own bundle again: allowed, it stores nothing new; refused, it is not even read into the store
                case IMPORT_BUNDLE -> imports.importZip(zipped(study), ImportProgress.SILENT).join();
                case VIEW_HISTORY -> {
                    // the history view reads only the events of the studies in the user's scope
                    Set<StudyId> scope = access.scope(operation);
                    if (scope != null && !scope.contains(study)) {
                        return true;
                    }
                }
                default -> moments.resolve(operation, study.value(), AsOf.LATEST).orElseThrow();
            }
            return false;
        } catch (AccessPolicy.AccessDenied e) {
            return true;
        } catch (java.util.concurrent.CompletionException e) {
            return e.getCause() instanceof AccessPolicy.AccessDenied;
        } catch (RuntimeException domainRefusal) {
            // allowed through the access check; the domain then refused the made-up intervention or unit
            return false;
        }
    }

    /** The bundle the study was imported from, as the zip an upload gives (the import deletes it afterwards). */
    private Path zipped(StudyId study) throws java.io.IOException {
        Path folder = study.equals(OWN) ? MiniStudy.bundle() : otherBundle;
        Path zip = Files.createTempFile("bundle", ".zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
             java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                out.putNextEntry(new java.util.zip.ZipEntry(file.getFileName().toString()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    private static void signIn(String username, Role role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
    }
}
