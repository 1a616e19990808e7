package dk.samspil.ui.attack;

import dk.samspil.domain.access.Operation;
import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Role;
import dk.samspil.domain.intake.BundleImporter;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.disclosure.FigureKey;
import dk.samspil.projections.matrix.GivenReceived;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.profile.DimensionProfile;
import dk.samspil.projections.profile.DimensionProfileQuery;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.units.UnitIndices;
import dk.samspil.ui.app.accounts.UserAccounts;
import dk.samspil.ui.app.release.WaveReleases;
import dk.samspil.ui.app.reports.ReportRequest;
import dk.samspil.ui.app.reports.StudyReports;
import dk.samspil.ui.app.study.StudyMoments;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import dk.samspil.ui.web.testing.MiniStudy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's attacker: a programme manager who reads, downloads and subtracts every figure Samspil
 * gives them, at every moment they may choose. It collects every figure of the mini sample that the
 * report and read-API service and the views' profile query give that role (every wave, instrument,
 * unit filter, scope, rater and target group, item), finds who counts in each from the stored answers
 * (Oracle, not the figure queries), and checks with exact arithmetic that no person's value follows
 * from them and no two figures of one measure differ in 1 to k - 1 contributors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class AttackerTest {

    private static final Path DATA = MiniStudy.newDataFolder();
    private static final String STUDY = MiniStudy.STUDY.value();
    private static final int K = 5;

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
    StudyReports reports;
    @Autowired
    StudyMoments moments;
    @Autowired
    DimensionProfileQuery profiles;
    @Autowired
    WaveReleases releases;
    @Autowired
    ReadModel readModel;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_programme_manager_can_single_out_nobody_before_or_after_the_waves_are_released() throws Exception {
        MiniStudy.ensureImported(importer, sync, catalog);
        TenantId mine = TenantId.of("eksempel-kommune");
        for (Principal account : List.of(new Principal("a-manager", Role.PROGRAMME_MANAGER, Set.of(mine), Optional.empty()),
                new Principal("a-researcher", Role.RESEARCHER, Set.of(mine), Optional.empty()))) {
            accounts.add(account, "korrekt hest batteri".toCharArray());
        }

        signIn("a-manager", Role.PROGRAMME_MANAGER);
        long started = System.nanoTime();
        long now = readModel.positions().applied();
        assertThat(moments.resolve(Operation.VIEW_MATRIX, STUDY, new AsOf.Position(100)).orElseThrow().position())
                .as("before a release, every moment is now").isEqualTo(now);
        List<Disclosure.Figure> beforeRelease = new ArrayList<>();
        int counted = 0;
        for (Stage stage : Stage.values()) {
            counted += collect(now, stage, beforeRelease, new ArrayList<>());
        }
        System.out.println("attacker before any release: " + counted + " figures collected, " + beforeRelease.size() + " with a value ("
                + seconds(started) + ")");
        assertThat(beforeRelease).as("before a release a programme manager sees response counts only").isEmpty();

        signIn("a-researcher", Role.RESEARCHER);
        for (String wave : List.of("w0", "w1", "w2", "w3")) {
            WaveReleases.Review review = releases.release(STUDY, wave);
            System.out.println("released " + wave + " at " + review.position() + ": " + review.shown() + " shown, " + review.belowK()
                    + " below k, " + review.secondary().size() + " withheld by secondary suppression (" + seconds(started) + ")");
        }

        signIn("a-manager", Role.PROGRAMME_MANAGER);
        Attack after = attack();
        System.out.println("attacker after the releases: " + after.summary() + " (" + seconds(started) + ")");
        List<Long> points = releases.points(STUDY).stream().map(p -> p.position()).toList();
        List<Long> reachable = new ArrayList<>(points);
        reachable.add(readModel.positions().applied());
        assertThat(after.moments()).as("the moments a programme manager can reach are the release points, and now before the first")
                .containsAll(points).isSubsetOf(reachable);
        assertThat(after.mismatches()).as("figures whose n is not what the stored answers give").isEmpty();
        assertThat(after.shown().size()).as("released figures are shown").isGreaterThan(1000);
    }

    private record Attack(Set<Long> moments, List<Disclosure.Figure> shown, List<String> mismatches, int collected) {
        String summary() {
            return moments.size() + " moments, " + collected + " figures collected, " + shown.size() + " with a value";
        }
    }

    /**
     * Every figure at every moment the signed-in user may choose, in stages from the cheapest: the moments
     * themselves (every event position, as the views and the API resolve it), the whole study's figures at
     * each moment (each moment's checked against all before it as it comes), then unit filters, then item
     * profiles. After each stage nobody may be singled out.
     */
    private Attack attack() {
        long last = readModel.positions().applied();
        Set<Long> reached = java.util.concurrent.ConcurrentHashMap.newKeySet();
        var who = SecurityContextHolder.getContext().getAuthentication();
        // every position, on as many threads as there are cores, each signed in as the attacker
        java.util.stream.LongStream.rangeClosed(0, last).parallel().forEach(p -> {
            SecurityContextHolder.getContext().setAuthentication(who);
            moments.resolve(Operation.VIEW_MATRIX, STUDY, new AsOf.Position(p)).ifPresent(m -> reached.add(m.position()));
        });
        SecurityContextHolder.getContext().setAuthentication(who);
        List<Disclosure.Figure> shown = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        int collected = 0;
        for (long moment : new TreeSet<>(reached)) {
            int before = shown.size();
            collected += collect(moment, Stage.WHOLE_STUDY, shown, mismatches);
            assertNoCloseFigures(shown, before);
        }
        assertNobodySingledOut(shown);
        for (Stage stage : List.of(Stage.UNITS, Stage.ITEMS)) {
            for (long moment : new TreeSet<>(reached)) {
                collected += collect(moment, stage, shown, mismatches);
            }
            assertNoCloseFigures(shown, 0);
            assertNobodySingledOut(shown);
        }
        return new Attack(reached, shown, mismatches, collected);
    }

    private static void assertNoCloseFigures(List<Disclosure.Figure> shown, int newFrom) {
        assertThat(Disclosure.closePairs(shown, newFrom, K)).as("figures of one measure differing in 1 to k-1 people").isEmpty();
    }

    private static void assertNobodySingledOut(List<Disclosure.Figure> shown) {
        assertThat(Disclosure.exposed(shown)).as("people whose value follows from the figures shown").isEmpty();
    }

    /** What the attacker collects in one pass over the moments. */
    private enum Stage { WHOLE_STUDY, UNITS, ITEMS }

    private int collect(long moment, Stage stage, List<Disclosure.Figure> shown, List<String> mismatches) {
        ReportRequest request = request(moment);
        StudySummary study = catalog.study(MiniStudy.STUDY, new AsOf.Position(moment)).orElseThrow();
        Oracle oracle = new Oracle(readModel.store(), STUDY, moment);
        List<String> units = new ArrayList<>();
        if (stage != Stage.WHOLE_STUDY) {
            study.units().forEach(u -> units.add(u.key()));
        }
        if (stage != Stage.UNITS) {
            units.add(null);
        }
        List<String> groups = new ArrayList<>();
        groups.add(null);
        study.groups().forEach(g -> groups.add(g.key()));
        Collector c = new Collector(moment, shown, mismatches, released(moment));
        for (InstrumentRef ref : study.instruments()) {
            String instrument = ref.toString();
            boolean relational = study.relationalInstruments().contains(ref);
            if (stage == Stage.ITEMS) {
                items(moment, study, ref, relational, units, groups, oracle, c);
                continue;
            }
            for (StudySummary.Wave w : study.waves()) {
                String wave = w.key();
                String family = wave + " " + instrument;
                for (String scope : stage == Stage.UNITS ? List.<String>of() : relational ? List.of("all", "between", "within") : List.of("all")) {
                    for (UnitIndices.UnitIndex u : reports.units(request, wave, instrument, scope, null).units()) {
                        c.add(family, FigureKey.index(wave, instrument, u.unit(), scope).name(), u.mean(), u.n(),
                                oracle.index(wave, instrument, u.unit(), scope));
                    }
                }
                if (!relational) {
                    continue;
                }
                for (String unit : units) {
                    for (MatrixCell cell : reports.matrix(request, wave, instrument, unit).matrix().cells()) {
                        String rater = cell.raterGroup().value();
                        String target = cell.targetGroup().value();
                        c.add(family, FigureKey.cell(wave, instrument, unit, rater, target).name(), cell.mean(), cell.n(),
                                oracle.cell(wave, instrument, unit, rater, target));
                    }
                    for (GivenReceived.Group g : reports.givenReceived(request, wave, instrument, unit).groups()) {
                        c.add(family, FigureKey.given(wave, instrument, unit, g.group()).name(), g.given().mean(), g.given().n(),
                                oracle.given(wave, instrument, unit, g.group()));
                        c.add(family, FigureKey.received(wave, instrument, unit, g.group()).name(), g.received().mean(),
                                g.received().n(), oracle.received(wave, instrument, unit, g.group()));
                    }
                }
            }
        }
        return c.collected;
    }

    /**
     * Item profiles through the views' profile query (every wave in one pass, as the profile and matrix pages call it):
     * per unit filter everyone, each rater group and each target group; every rater by every target for the whole study,
     * and with -Dsamspil.attack=full for every unit too.
     */
    private void items(long moment, StudySummary study, InstrumentRef ref, boolean relational, List<String> units, List<String> groups,
                       Oracle oracle, Collector c) {
        StudyMoments.StudyMoment m = moments.resolve(Operation.VIEW_PROFILE, STUDY, new AsOf.Position(moment)).orElseThrow();
        List<WaveKey> waves = study.waves().stream().map(w -> WaveKey.of(w.key())).toList();
        boolean full = "full".equals(System.getProperty("samspil.attack"));
        String instrument = ref.toString();
        for (String unit : units) {
            for (String rater : groups) {
                for (String target : relational ? groups : java.util.Collections.<String>singletonList(null)) {
                    if (unit != null && rater != null && target != null && !full) {
                        continue;
                    }
                    for (DimensionProfile profile : profiles.profiles(MiniStudy.STUDY, waves, ref, rater, target, unit, m.asOf(), m.gate())) {
                        String wave = profile.wave().value();
                        for (DimensionProfile.ItemMean item : profile.items()) {
                            c.add(wave + " " + instrument + " " + item.item(), FigureKey.item(wave, instrument, unit, rater, target, item.item()).name(), item.mean(), item.n(),
                                    oracle.item(wave, instrument, unit, rater, target, item.item()));
                        }
                    }
                }
            }
        }
    }

    /** The names of the figures the release at this moment decided to show; none when no release stands there. */
    private Set<String> released(long moment) {
        Set<String> names = new java.util.HashSet<>();
        if (releases.points(STUDY).stream().anyMatch(p -> p.position() == moment)) {
            readModel.releases().decisions(MiniStudy.STUDY, moment, K).figures().stream().filter(d -> d.shown())
                    .forEach(d -> names.add(d.key().name()));
        }
        return names;
    }

    /**
     * Keeps each figure with a value, with its contributors; a figure whose n the answers do not give, or that the
     * release decided to show but the user was not shown, is a mismatch.
     */
    private static final class Collector {
        private final long moment;
        private final List<Disclosure.Figure> shown;
        private final List<String> mismatches;
        private final Set<String> released;
        private int collected;

        Collector(long moment, List<Disclosure.Figure> shown, List<String> mismatches, Set<String> released) {
            this.moment = moment;
            this.shown = shown;
            this.mismatches = mismatches;
            this.released = released;
        }

        void add(String measure, String label, Double mean, int n, Set<String> contributors) {
            collected++;
            if (mean == null) {
                if (released.contains(label)) {
                    mismatches.add(label + " at " + moment + ": released, yet withheld");
                }
                return;
            }
            if (contributors.size() != n) {
                mismatches.add(label + " at " + moment + ": n = " + n + ", the answers give " + contributors.size());
            }
            shown.add(new Disclosure.Figure(measure, label + " @" + moment, contributors));
        }
    }

    private static String seconds(long started) {
        return (System.nanoTime() - started) / 1_000_000_000 + " s";
    }

    private static ReportRequest request(long position) {
        return new ReportRequest(STUDY, Long.toString(position), null);
    }

    private static void signIn(String username, Role role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
    }
}
