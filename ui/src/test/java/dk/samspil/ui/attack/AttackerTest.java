package dk.samspil.ui.attack;

import dk.samspil.domain.access.Operation;
import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Role;
import dk.samspil.domain.intake.BundleImporter;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.attributes.Subgroup;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.disclosure.FigureKey;
import dk.samspil.projections.matrix.GivenReceived;
import dk.samspil.projections.matrix.MatrixCell;
import dk.samspil.projections.profile.DimensionProfile;
import dk.samspil.projections.profile.DimensionProfileQuery;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.projections.units.UnitIndices;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.exports.ExportOptions;
import dk.samspil.projections.release.ReleasePoint;
import dk.samspil.ui.app.accounts.UserAccounts;
import dk.samspil.ui.app.export.RecordedExports;
import dk.samspil.ui.app.release.WaveReleases;
import dk.samspil.ui.app.reports.ReportRequest;
import dk.samspil.ui.app.reports.StudyReports;
import dk.samspil.ui.app.study.StudyMoments;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import dk.samspil.ui.web.testing.MiniStudy;
import dk.samspil.ui.runtime.demo.DemoSetup;
import dk.samspil.ui.runtime.demo.DemoStudy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's attacker: a programme manager who reads, downloads and subtracts every figure Samspil
 * gives them, at every moment they may choose. It collects every figure of the mini sample that the
 * report and read-API service and the views' profile query give that role (every wave, instrument,
 * unit filter, scope, rater and target group, item, citizen outcome), finds who counts in each from the
 * stored answers (Oracle, not the figure queries), and checks with exact arithmetic that no person's
 * value follows from them and no two figures of one measure differ in 1 to k - 1 contributors. A
 * researcher without person-level access must reach the same moments and gates; a partner without a
 * microdata agreement adds two exports to what the manager holds, and still singles out nobody. Then
 * the same attack on the demo study as ./samspil demo leaves it (the whole study in CI, unit filters
 * and item profiles too with -Dsamspil.attack=full).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// busy on every core (threads, node JVMs, kills): run alone, after the classes that share the two test JVMs
@org.junit.jupiter.api.Tag("one-at-a-time")
class AttackerTest {

    private static final Path DATA = MiniStudy.newDataFolder();
    private static final String STUDY = MiniStudy.STUDY.value();

    /** The study under attack in this test. */
    private String study = STUDY;
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
    @Autowired
    RecordedExports exports;
    @Autowired
    DemoSetup demo;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @Order(1)
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
        assertThat(moments.resolve(Operation.VIEW_MATRIX, study, new AsOf.Position(100)).orElseThrow().position())
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
            WaveReleases.Review review = releases.release(study, wave);
            System.out.println("released " + wave + " at " + review.position() + ": " + review.shown() + " shown, " + review.belowK()
                    + " below k, " + review.secondary().size() + " withheld by secondary suppression (" + seconds(started) + ")");
        }

        signIn("a-manager", Role.PROGRAMME_MANAGER);
        // every position; the whole study and every unit filter in CI, every item profile too with -Dsamspil.attack=full
        boolean full = "full".equals(System.getProperty("samspil.attack"));
        Attack after = attack(full ? List.of(Stage.values()) : List.of(Stage.WHOLE_STUDY, Stage.UNITS), everyPosition());
        System.out.println("attacker after the releases: " + after.summary() + " (" + seconds(started) + ")");
        List<Long> points = releases.points(study).stream().map(p -> p.position()).toList();
        List<Long> reachable = new ArrayList<>(points);
        reachable.add(readModel.positions().applied());
        assertThat(after.moments()).as("the moments a programme manager can reach are the release points, and now before the first")
                .containsAll(points).isSubsetOf(reachable);
        assertThat(after.mismatches()).as("figures whose n is not what the stored answers give").isEmpty();
        assertThat(after.shown().size()).as("released figures are shown").isGreaterThan(1000);
        assertThat(after.shown().stream().filter(f -> f.measure().startsWith("outcome "))).as("released citizen outcomes").isNotEmpty();

        // a researcher no admin granted person-level access reads exactly as the programme manager: the same moments and gates
        Map<Long, Object> manager = reach(aroundReleases(points));
        signIn("a-researcher", Role.RESEARCHER);
        assertThat(reach(aroundReleases(points))).as("an ungranted researcher's moments and figures").isEqualTo(manager);
        System.out.println("an ungranted researcher reaches the manager's moments and gates (" + seconds(started) + ")");

        // a partner without a microdata agreement: two exports, asked for between the releases and now, beside all the above
        signIn("a-admin", Role.ADMIN);
        PartnerId partner = PartnerId.of("angriber");
        exports.agree(partner, "ANGRIBER-1", false);
        List<Disclosure.Figure> held = new ArrayList<>(after.shown());
        List<String> mismatches = new ArrayList<>();
        for (long asked : List.of(points.get(1) + 1, readModel.positions().applied())) {
            Path out = java.nio.file.Files.createTempDirectory("attack-export").resolve("angriber");
            long at = exports.export(studyId(), partner, out, new AsOf.Position(asked), new ExportOptions(K, false), "attacker")
                    .manifest().asOfPosition();
            assertThat(points).as("an export without microdata stands at a release point").contains(at);
            ReleasePoint point = releases.points(study).stream().filter(p -> p.position() == at).findFirst().orElseThrow();
            held.addAll(ExportedFigures.of(out, readModel.store(), study,
                    readModel.releases().gate(studyId(), point, K).outcomesThrough(), mismatches));
        }
        System.out.println("attacker with two partner exports: " + held.size() + " figures with a value (" + seconds(started) + ")");
        assertThat(mismatches).as("exported figures whose n is not what the stored answers give").isEmpty();
        assertNoCloseFigures(held, after.shown().size());
        assertNobodySingledOut(held);
        System.out.println("nobody singled out by the manager's figures and the exports (" + seconds(started) + ")");
    }

    private java.util.stream.LongStream everyPosition() {
        return java.util.stream.LongStream.rangeClosed(0, readModel.positions().applied());
    }

    /**
     * The positions where what a release-bound user gets can change, each side of them, and every 50th between:
     * the mini sample's attack asks for every position, the demo's (and the researcher's comparison) for these.
     */
    private java.util.stream.LongStream aroundReleases(List<Long> points) {
        Set<Long> asked = new TreeSet<>();
        long last = readModel.positions().applied();
        for (long p = 0; p <= last; p += 50) {
            asked.add(p);
        }
        asked.add(last);
        points.forEach(p -> {
            asked.add(p - 1);
            asked.add(p);
            asked.add(p + 1);
        });
        return asked.stream().mapToLong(Long::longValue).filter(p -> p >= 0 && p <= last);
    }

    /** Where the signed-in user stands when asking for each position, and which gate decides there. */
    private Map<Long, Object> reach(java.util.stream.LongStream probed) {
        Map<Long, Object> reached = new java.util.concurrent.ConcurrentHashMap<>();
        var who = SecurityContextHolder.getContext().getAuthentication();
        probed.parallel().forEach(p -> {
            SecurityContextHolder.getContext().setAuthentication(who);
            moments.resolve(Operation.VIEW_MATRIX, study, new AsOf.Position(p))
                    .ifPresent(m -> reached.put(p, List.of(m.position(), m.gate() instanceof FigureGate.CountsOnly counts ? counts
                            : System.identityHashCode(m.gate()))));
        });
        SecurityContextHolder.getContext().setAuthentication(who);
        return reached;
    }

    @Test
    @Order(2)
    void on_the_demo_a_programme_manager_can_single_out_nobody_at_its_release_points() throws Exception {
        study = DemoStudy.STUDY;
        long started = System.nanoTime();
        // as ./samspil demo leaves it: the demo study loaded once and every closed wave released
        demo.prepare();
        if (accounts.find("d-manager").isEmpty()) {
            accounts.add(new Principal("d-manager", Role.PROGRAMME_MANAGER, Set.of(TenantId.of("demo-kommune")), Optional.empty()),
                    "korrekt hest batteri".toCharArray());
        }
        signIn("d-manager", Role.PROGRAMME_MANAGER);
        System.out.println("demo loaded and released (" + seconds(started) + ")");
        List<Long> points = releases.points(study).stream().map(p -> p.position()).toList();
        assertThat(points).as("the demo's closed waves are released").isNotEmpty();
        // the whole study in CI (the mini sample above takes every stage); every unit filter and item profile with -Dsamspil.attack=full
        boolean full = "full".equals(System.getProperty("samspil.attack"));
        Attack after = attack(full ? List.of(Stage.values()) : List.of(Stage.WHOLE_STUDY),
                full ? everyPosition() : aroundReleases(points));
        System.out.println("attacker on the demo: " + after.summary() + " (" + seconds(started) + ")");
        assertNobodySingledOut(after.shown());
        System.out.println("nobody singled out on the demo (" + seconds(started) + ")");
        assertThat(after.moments()).containsAll(points);
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
     * profiles, each checked for close pairs against all before it. Whether anyone is singled out the caller
     * decides once, over everything collected (what a subset gives away, the whole gives away too).
     */
    private Attack attack(List<Stage> stages, java.util.stream.LongStream probed) {
        Set<Long> reached = java.util.concurrent.ConcurrentHashMap.newKeySet();
        var who = SecurityContextHolder.getContext().getAuthentication();
        // the positions asked for, on as many threads as there are cores, each signed in as the attacker
        probed.parallel().forEach(p -> {
            SecurityContextHolder.getContext().setAuthentication(who);
            moments.resolve(Operation.VIEW_MATRIX, study, new AsOf.Position(p)).ifPresent(m -> reached.add(m.position()));
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
        for (Stage stage : stages.stream().filter(s -> s != Stage.WHOLE_STUDY).toList()) {
            int before = shown.size();
            for (long moment : new TreeSet<>(reached)) {
                collected += collect(moment, stage, shown, mismatches);
            }
            assertNoCloseFigures(shown, before);
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
        StudySummary summary = catalog.study(studyId(), new AsOf.Position(moment)).orElseThrow();
        Oracle oracle = new Oracle(readModel.store(), study, moment);
        List<String> units = new ArrayList<>();
        if (stage != Stage.WHOLE_STUDY) {
            summary.units().forEach(u -> units.add(u.key()));
        }
        if (stage != Stage.UNITS) {
            units.add(null);
        }
        List<String> groups = new ArrayList<>();
        groups.add(null);
        summary.groups().forEach(g -> groups.add(g.key()));
        Collector c = new Collector(moment, shown, mismatches, released(moment));
        if (stage == Stage.WHOLE_STUDY) {
            outcomes(moment, request, oracle, c);
            subgroups(moment, request, summary, oracle, c);
        }
        for (InstrumentRef ref : summary.instruments()) {
            String instrument = ref.toString();
            boolean relational = summary.relationalInstruments().contains(ref);
            if (stage == Stage.ITEMS) {
                items(moment, summary, ref, relational, units, groups, oracle, c);
                continue;
            }
            for (StudySummary.Wave w : summary.waves()) {
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
     * Each respondent attribute's subgroups of the whole study's unit indices (every scope) and relation matrix, as
     * --by gives them: in the same family as the totals, so a subgroup beside the total (or the other subgroup) that
     * isolates fewer than k people is a close pair.
     */
    private void subgroups(long moment, ReportRequest request, StudySummary summary, Oracle oracle, Collector c) {
        for (AttributeSpec attribute : readModel.attributes().of(studyId(), moment)) {
            if (attribute.appliesTo() != AttributeSpec.AppliesTo.RESPONDENT) {
                continue;
            }
            String by = attribute.key().value();
            for (InstrumentRef ref : summary.instruments()) {
                String instrument = ref.toString();
                boolean relational = summary.relationalInstruments().contains(ref);
                for (StudySummary.Wave w : summary.waves()) {
                    String wave = w.key();
                    String family = wave + " " + instrument;
                    for (String scope : relational ? List.of("all", "between", "within") : List.of("all")) {
                        for (var group : reports.units(request, wave, instrument, scope, null, by).groups()) {
                            Subgroup subgroup = new Subgroup(by, group.value());
                            for (UnitIndices.UnitIndex u : group.figures().units()) {
                                c.add(family, Subgroup.key(FigureKey.index(wave, instrument, u.unit(), scope), subgroup).name(), u.mean(),
                                        u.n(), oracle.within(oracle.index(wave, instrument, u.unit(), scope), wave, by, group.value()));
                            }
                        }
                    }
                    if (!relational) {
                        continue;
                    }
                    for (var group : reports.matrix(request, wave, instrument, null, by).breakdown().groups()) {
                        Subgroup subgroup = new Subgroup(by, group.value());
                        for (MatrixCell cell : group.figures().cells()) {
                            String rater = cell.raterGroup().value();
                            String target = cell.targetGroup().value();
                            c.add(family, Subgroup.key(FigureKey.cell(wave, instrument, null, rater, target), subgroup).name(), cell.mean(),
                                    cell.n(), oracle.within(oracle.cell(wave, instrument, null, rater, target), wave, by, group.value()));
                        }
                    }
                }
            }
        }
    }

    /**
     * Item profiles through the views' profile query (every wave in one pass, as the profile and matrix pages call it):
     * per unit filter everyone, each rater group and each target group; every rater by every target for the whole study,
     * and with -Dsamspil.attack=full for every unit too.
     */
    private void items(long moment, StudySummary summary, InstrumentRef ref, boolean relational, List<String> units, List<String> groups,
                       Oracle oracle, Collector c) {
        StudyMoments.StudyMoment m = moments.resolve(Operation.VIEW_PROFILE, study, new AsOf.Position(moment)).orElseThrow();
        List<WaveKey> waves = summary.waves().stream().map(w -> WaveKey.of(w.key())).toList();
        boolean full = "full".equals(System.getProperty("samspil.attack"));
        String instrument = ref.toString();
        for (String unit : units) {
            for (String rater : groups) {
                for (String target : relational ? groups : java.util.Collections.<String>singletonList(null)) {
                    if (unit != null && rater != null && target != null && !full) {
                        continue;
                    }
                    for (DimensionProfile profile : profiles.profiles(studyId(), waves, ref, rater, target, unit, m.asOf(), m.gate())) {
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

    /** Every citizen outcome per unit and month, as the outcomes report (and the timeline) gives them. */
    private void outcomes(long moment, ReportRequest request, Oracle oracle, Collector c) {
        java.time.LocalDate through = moments.resolve(Operation.VIEW_EFFECTS, study, new AsOf.Position(moment)).orElseThrow().gate()
                .outcomesThrough();
        for (String outcome : readModel.outcomes().outcomes(studyId(), new AsOf.Position(moment))) {
            for (var month : reports.outcomes(request, outcome, null).months()) {
                c.add("outcome " + outcome, FigureKey.outcome(outcome, month.unit(), month.month()).name(), month.mean(), month.n(),
                        oracle.outcome(outcome, month.unit(), month.month(), through));
            }
        }
    }

    /** The names of the figures the release at this moment decided to show; none when no release stands there. */
    private Set<String> released(long moment) {
        Set<String> names = new java.util.HashSet<>();
        if (releases.points(study).stream().anyMatch(p -> p.position() == moment)) {
            readModel.releases().decisions(studyId(), moment, K).figures().stream().filter(d -> d.shown())
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

    private dk.samspil.domain.shared.StudyId studyId() {
        return dk.samspil.domain.shared.StudyId.of(study);
    }

    private ReportRequest request(long position) {
        return new ReportRequest(study, Long.toString(position), null);
    }

    private static void signIn(String username, Role role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
    }
}
