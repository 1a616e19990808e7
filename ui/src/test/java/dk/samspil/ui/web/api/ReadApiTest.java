package dk.samspil.ui.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.domain.access.PersonLevelAccessGranted;
import dk.samspil.domain.access.PersonLevelAccessRevoked;
import dk.samspil.ui.app.facts.Facts;
import dk.samspil.domain.access.Operation;
import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Resource;
import dk.samspil.domain.access.Role;
import dk.samspil.domain.intake.ImportProgress;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.ui.app.accounts.ApiTokens;
import dk.samspil.ui.app.accounts.UserAccounts;
import dk.samspil.ui.cli.SamspilCli;
import dk.samspil.ui.runtime.demo.SyntheticStudy;
import dk.samspil.ui.runtime.launch.Launcher;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import dk.samspil.ui.web.testing.MiniStudy;
import dk.samspil.domain.intake.BundleImporter;
import dk.samspil.ui.e2e.ResponseHeaders;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read API through HTTP on a served data folder with two organisations: every endpoint for every
 * role and own or other organisation as the access policy decides; an admin's JSON equal to the
 * command line's; tokens refused alike when unknown, revoked, expired or of a disabled account;
 * errors as problem+json; the OpenAPI description listing every endpoint.
 */
class ReadApiTest {

    /** Endpoint (path below the study, query) and the operation its figures need. */
    private record Endpoint(String path, String query, Operation operation, List<String> cli) {
    }

    /** What those who read at release points are refused: no release decides these figures yet. */
    private static final Set<String> NOT_AT_RELEASES = Set.of("analyses/change", "analyses/outcomes");

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("matrix", "wave=w3", Operation.VIEW_MATRIX, List.of("report", "matrix", "--wave", "w3")),
            new Endpoint("units", "wave=w3&instrument=rk@1", Operation.VIEW_MATRIX,
                    List.of("report", "units", "--wave", "w3", "--instrument", "rk@1")),
            new Endpoint("profile", "wave=w3&unit=d01", Operation.VIEW_PROFILE, List.of("report", "profile", "--wave", "w3", "--unit", "d01")),
            new Endpoint("given-received", "wave=w3", Operation.VIEW_MATRIX, List.of("report", "given-received", "--wave", "w3")),
            new Endpoint("outcomes", "outcome=age_at_family_relief_start", Operation.VIEW_EFFECTS,
                    List.of("report", "outcomes", "--outcome", "age_at_family_relief_start")),
            new Endpoint("timeline", "", Operation.VIEW_TIMELINE, List.of("report", "timeline")),
            new Endpoint("case-matrix", "wave=w0", Operation.VIEW_CASE_MATRIX, List.of("report", "case-matrix", "--wave", "w0")),
            new Endpoint("analyses/elasticity", "wave=w0&x=leadership@1&y=rk@1", Operation.VIEW_EFFECTS,
                    List.of("analyze", "elasticity", "--wave", "w0", "--x", "leadership@1", "--y", "rk@1")),
            new Endpoint("analyses/effect", "type=handleteam", Operation.VIEW_EFFECTS, List.of("analyze", "effect", "--type", "handleteam")),
            new Endpoint("analyses/effect", "type=handleteam&estimator=cs&control=not-yet", Operation.VIEW_EFFECTS,
                    List.of("analyze", "effect", "--type", "handleteam", "--estimator", "cs", "--control", "not-yet")),
            new Endpoint("analyses/change", "from=w0&to=w3&instrument=rk@1", Operation.VIEW_EFFECTS,
                    List.of("analyze", "change", "--from", "w0", "--to", "w3", "--instrument", "rk@1")),
            new Endpoint("analyses/relations", "wave=w3", Operation.VIEW_NETWORK, List.of("analyze", "relations", "--wave", "w3")),
            new Endpoint("analyses/outcomes", "outcome=age_at_family_relief_start", Operation.VIEW_EFFECTS,
                    List.of("analyze", "outcomes", "--outcome", "age_at_family_relief_start")),
            new Endpoint("events", "size=5", Operation.VIEW_HISTORY, List.of()));

    private static final TenantId MINE = TenantId.of("eksempel-kommune");
    private static final TenantId THEIRS = TenantId.of("anden-kommune");
    private static final Map<Role, Principal> ACCOUNTS = new EnumMap<>(Map.of(
            Role.ADMIN, new Principal("api-admin", Role.ADMIN, Set.of(), Optional.empty()),
            Role.RESEARCHER, new Principal("api-researcher", Role.RESEARCHER, Set.of(MINE), Optional.empty(), Set.of(MINE)),
            Role.PROGRAMME_MANAGER, new Principal("api-manager", Role.PROGRAMME_MANAGER, Set.of(MINE), Optional.empty()),
            Role.PARTNER, new Principal("api-partner", Role.PARTNER, Set.of(), Optional.of(PartnerId.of("aau")))));

    private static Path data;
    private static ConfigurableApplicationContext app;
    private static String base;
    private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);

    @BeforeAll
    static void servedWithTwoOrganisationsAndATokenPerRole() throws Exception {
        data = Files.createTempDirectory("read-api");
        app = Launcher.start(data, 0, Map.of("spring.autoconfigure.exclude",
                "com.vaadin.flow.spring.SpringBootAutoConfiguration,com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
                        + "com.vaadin.flow.spring.VaadinScopesConfig", "samspil.require-admin", "false",
                "samspil.api.requests-per-second", "20"));
        base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/api/v1";
        BundleImporter importer = app.getBean(BundleImporter.class);
        importer.importBundle(MiniStudy.bundle(), ImportProgress.SILENT);
        Path other = Files.createTempDirectory("anden");
        new SyntheticStudy(THEIRS.value(), "Anden Kommune", "anden", "Anden studie", "Opgave", "top", "Top",
                SyntheticStudy.pairs("d1", "D1", "d2", "D2"), SyntheticStudy.pairs("g1", "G1", "g2", "G2"),
                5, false, 0, 2, LocalDate.of(2024, 1, 8), 1, 3L, false).write(other);
        importer.importBundle(other, ImportProgress.SILENT);
        app.getBean(ReadModelSync.class).awaitCaughtUp(Duration.ofMinutes(2), at -> { });
        UserAccounts accounts = app.getBean(UserAccounts.class);
        ApiTokens tokens = app.getBean(ApiTokens.class);
        for (Principal account : ACCOUNTS.values()) {
            accounts.add(account, "korrekt hest batteri".toCharArray());
            TOKENS.put(account.role(), tokens.create(account.username(), "test", Duration.ofDays(1)).token());
        }
        // the researcher of these tests reads person-level, as an admin granted it
        app.getBean(Facts.class).record(new PersonLevelAccessGranted("api-researcher", MINE, "api-admin"));
        app.getBean(ReadModelSync.class).awaitCaughtUp(Duration.ofMinutes(1), at -> { });
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void every_endpoint_role_and_organisation_is_answered_or_refused_as_the_access_policy_decides() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            for (String study : List.of("mini", "anden")) {
                Resource resource = Resource.of(study.equals("mini") ? MINE : THEIRS);
                for (Endpoint endpoint : ENDPOINTS) {
                    Principal who = ACCOUNTS.get(role);
                    // figures no release decides yet are refused to whoever reads only at release points (issue 17)
                    boolean everyMoment = AccessPolicy.readsEveryMoment(who, resource.organisation().orElseThrow());
                    boolean notReleased = !everyMoment && NOT_AT_RELEASES.contains(endpoint.path());
                    boolean allowed = AccessPolicy.decide(who, endpoint.operation(), resource).allowed() && !notReleased;
                    HttpResponse<String> answer = get("/studies/" + study + "/" + endpoint.path() + "?" + endpoint.query(), TOKENS.get(role));
                    // the other study has other waves and outcomes, and nothing is released here, so an analysis may find
                    // no figures to work with: allowed there means anything but a refusal
                    boolean answered = study.equals("mini") && everyMoment ? answer.statusCode() == 200
                            : answer.statusCode() != 403;
                    if (allowed != answered || (!allowed && !problem(answer))) {
                        wrong.add(role + " " + endpoint.path() + " " + study + ": HTTP " + answer.statusCode() + ", the policy says "
                                + (allowed ? "allow" : "refuse"));
                    }
                }
            }
        }
        assertThat(wrong).as("endpoints answered otherwise than the policy").isEmpty();
    }

    @Test
    void a_researcher_reads_person_level_only_while_an_admin_grants_it_and_the_history_records_it() throws Exception {
        String researcher = TOKENS.get(Role.RESEARCHER);
        String caseMatrix = "/studies/mini/case-matrix?wave=w0";
        String outcomes = "/studies/mini/analyses/outcomes?outcome=age_at_family_relief_start";
        assertThat(get(caseMatrix, researcher).statusCode()).as("granted").isEqualTo(200);
        // every moment, not only release points: the analysis of outcomes no release decides is answered
        assertThat(get(outcomes, researcher).statusCode()).isEqualTo(200);
        assertThat(get("/studies/anden/case-matrix?wave=w0", researcher).statusCode()).as("another organisation").isEqualTo(403);
        Facts facts = app.getBean(Facts.class);
        ReadModelSync sync = app.getBean(ReadModelSync.class);
        facts.record(new PersonLevelAccessRevoked("api-researcher", MINE, "api-admin"));
        sync.awaitCaughtUp(Duration.ofMinutes(1), at -> { });
        try {
            assertThat(get(caseMatrix, researcher).statusCode()).as("revoked").isEqualTo(403);
            assertThat(get(outcomes, researcher).statusCode()).isEqualTo(403);
            // nothing is released in mini here: response counts only, like a programme manager's
            for (String figures : List.of("matrix?wave=w3", "outcomes?outcome=age_at_family_relief_start")) {
                JsonNode answer = json(get("/studies/mini/" + figures, researcher));
                assertThat(answer.findValues("mean")).as(figures).isNotEmpty().allSatisfy(mean -> assertThat(mean.isNull()).isTrue());
            }
        } finally {
            facts.record(new PersonLevelAccessGranted("api-researcher", MINE, "api-admin"));
            sync.awaitCaughtUp(Duration.ofMinutes(1), at -> { });
        }
        assertThat(get(caseMatrix, researcher).statusCode()).as("granted again").isEqualTo(200);
        JsonNode history = json(get("/studies/mini/events?size=50&type=PersonLevelDataRead", TOKENS.get(Role.ADMIN)));
        assertThat(history.toString()).as("the granted read is recorded").contains("api-researcher");
    }

    @Test
    void an_admins_json_is_the_command_lines_json_and_csv_its_csv() throws Exception {
        // one position for both: reading person-level figures records an event, which moves the latest position
        String at = json(get("/studies/mini/events?size=1", TOKENS.get(Role.ADMIN))).get("as_of_position").asText();
        for (Endpoint endpoint : ENDPOINTS.stream().filter(e -> !e.cli().isEmpty()).toList()) {
            HttpResponse<String> answer = get("/studies/mini/" + endpoint.path() + "?" + endpoint.query() + "&asof=" + at, TOKENS.get(Role.ADMIN));
            assertThat(answer.statusCode()).as(endpoint.path() + ": " + answer.body()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            List<String> report = new ArrayList<>(endpoint.cli());
            report.addAll(List.of("--as-of", at));
            assertThat(answer.body()).as(endpoint.path()).isEqualTo(cli(report, "json"));
        }
        Endpoint matrix = ENDPOINTS.getFirst();
        HttpResponse<String> csv = get("/studies/mini/matrix?wave=w3&format=csv", TOKENS.get(Role.ADMIN));
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).isEqualTo(cli(matrix.cli(), "csv"));
    }

    @Test
    void issue_17s_leak_is_closed_a_programme_manager_stepping_from_174_to_175_gets_one_answer_without_values() throws Exception {
        String manager = TOKENS.get(Role.PROGRAMME_MANAGER);
        JsonNode at174 = json(get("/studies/mini/matrix?wave=w0&asof=174", manager));
        JsonNode at175 = json(get("/studies/mini/matrix?wave=w0&asof=175", manager));
        // nothing is released here: both moments are now, with response counts only, so the sixth respondent is not told apart
        assertThat(at175).isEqualTo(at174);
        assertThat(at174.get("as_of_position").asLong()).isGreaterThan(175);
        assertThat(at174.findValues("mean")).isNotEmpty().allSatisfy(mean -> assertThat(mean.isNull()).isTrue());
        JsonNode admin = json(get("/studies/mini/matrix?wave=w0&asof=175", TOKENS.get(Role.ADMIN)));
        assertThat(admin.get("as_of_position").asLong()).as("an admin reads the moment asked for").isEqualTo(175);
    }

    @Test
    void the_studies_an_account_may_read_and_the_history_a_page_at_a_time() throws Exception {
        assertThat(json(get("/studies", TOKENS.get(Role.PROGRAMME_MANAGER))).findValuesAsText("key")).containsExactly("mini");
        assertThat(json(get("/studies", TOKENS.get(Role.ADMIN))).findValuesAsText("key")).containsExactlyInAnyOrder("mini", "anden");
        JsonNode first = json(get("/studies/mini/events?size=3", TOKENS.get(Role.RESEARCHER)));
        JsonNode second = json(get("/studies/mini/events?size=3&page=1", TOKENS.get(Role.RESEARCHER)));
        assertThat(first.get("events")).hasSize(3);
        assertThat(first.get("more").asBoolean()).isTrue();
        assertThat(second.get("events").get(0).get("position").asLong()).isLessThan(first.get("events").get(2).get("position").asLong());
    }

    @Test
    void tokens_unknown_revoked_expired_or_of_a_disabled_account_get_401_alike() throws Exception {
        ApiTokens tokens = app.getBean(ApiTokens.class);
        app.getBean(UserAccounts.class).add(new Principal("api-leaver", Role.RESEARCHER, Set.of(MINE), Optional.empty()),
                "korrekt hest batteri".toCharArray());
        var revoked = tokens.create("api-researcher", "revoked", Duration.ofDays(1));
        tokens.revoke(revoked.info().id());
        var expired = tokens.create("api-researcher", "expired", Duration.ofDays(1));
        try (var c = app.getBean(DataSource.class).getConnection();
             var s = c.prepareStatement("UPDATE api_token SET expires_at = created_at WHERE id = ?")) {
            s.setString(1, expired.info().id());
            s.executeUpdate();
        }
        String leaver = tokens.create("api-leaver", "leaver", Duration.ofDays(1)).token();
        app.getBean(UserAccounts.class).disable("api-leaver");

        for (String token : new String[]{null, "samspil_nosuchtoken", "garbage token", revoked.token(), expired.token(), leaver}) {
            HttpResponse<String> answer = get("/studies/mini/matrix?wave=w3", token);
            assertThat(answer.statusCode()).as(String.valueOf(token)).isEqualTo(401);
            assertThat(problem(answer)).isTrue();
            assertThat(answer.body()).doesNotContain("api-", "mini");
        }
    }

    @Test
    void errors_are_problem_details_naming_the_parameter_and_never_telling_whether_another_study_exists() throws Exception {
        String manager = TOKENS.get(Role.PROGRAMME_MANAGER);
        HttpResponse<String> missing = get("/studies/mini/matrix", manager);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(problem(missing)).isTrue();
        assertThat(json(missing).get("detail").asText()).contains("wave");
        HttpResponse<String> badWave = get("/studies/mini/matrix?wave=w9", manager);
        assertThat(badWave.statusCode()).isEqualTo(400);
        assertThat(json(badWave).get("detail").asText()).contains("w9");
        assertThat(get("/studies/mini/matrix?wave=w3&format=xml", manager).statusCode()).isEqualTo(400);
        for (String report : List.of("matrix?wave=w3", "units?wave=w3&instrument=rk@1", "profile?wave=w3")) {
            HttpResponse<String> noAttribute = get("/studies/mini/" + report + "&by=stilling", TOKENS.get(Role.RESEARCHER));
            assertThat(noAttribute.statusCode()).as(report).isEqualTo(400);
            assertThat(json(noAttribute).get("detail").asText()).as(report)
                    .contains("study mini has no attribute 'stilling' (it defines no respondent attributes)");
        }
        assertThat(get("/studies/mini/analyses/outcomes?outcome=age_at_family_relief_start&window-months=many", manager).statusCode())
                .isEqualTo(400);

        HttpResponse<String> theirs = get("/studies/anden/matrix?wave=w0", manager);
        HttpResponse<String> nobodys = get("/studies/ingen/matrix?wave=w0", manager);
        assertThat(theirs.statusCode()).isEqualTo(403);
        assertThat(nobodys.statusCode()).isEqualTo(403);
        assertThat(json(theirs).get("detail").asText().replace("anden", "X")).isEqualTo(json(nobodys).get("detail").asText().replace("ingen", "X"));
        assertThat(theirs.body()).doesNotContain("anden-kommune", "Anden");
    }

    @Test
    void a_unit_narrows_the_matrix_profile_and_given_received_to_its_respondents_and_those_of_the_units_below_it() throws Exception {
        String token = TOKENS.get(Role.RESEARCHER);
        for (String report : List.of("matrix", "profile", "given-received")) {
            String whole = get("/studies/mini/" + report + "?wave=w3", token).body();
            assertThat(get("/studies/mini/" + report + "?wave=w3&unit=bu", token).body()).as(report + " of the top unit").isEqualTo(whole);
            String district = get("/studies/mini/" + report + "?wave=w3&unit=d01", token).body();
            List<Integer> all = json(whole).findValues("n").stream().map(JsonNode::asInt).toList();
            List<Integer> some = json(district).findValues("n").stream().map(JsonNode::asInt).toList();
            assertThat(some).as(report).hasSameSizeAs(all);
            assertThat(some.stream().mapToInt(Integer::intValue).sum()).as(report).isPositive()
                    .isLessThan(all.stream().mapToInt(Integer::intValue).sum());
        }
        assertThat(json(get("/studies/mini/matrix?wave=w3&unit=d99", token)).get("detail").asText()).contains("d99");
        // the reports per unit keep only the rows of that unit and those below it
        assertThat(json(get("/studies/mini/units?wave=w3&instrument=rk@1&unit=d01", token)).get("units").findValuesAsText("unit"))
                .containsExactly("d01");
        assertThat(json(get("/studies/mini/units?wave=w3&instrument=rk@1&unit=bu", token)).get("units"))
                .hasSameSizeAs(json(get("/studies/mini/units?wave=w3&instrument=rk@1", token)).get("units"));
        assertThat(json(get("/studies/mini/outcomes?outcome=age_at_family_relief_start&unit=d02", token)).get("months").findValuesAsText("unit"))
                .isNotEmpty().containsOnly("d02");
    }

    @Test
    void reading_person_level_figures_is_recorded_as_in_the_views() throws Exception {
        assertThat(get("/studies/mini/case-matrix?wave=w0&case=k00242", TOKENS.get(Role.ADMIN)).statusCode()).isEqualTo(200);
        JsonNode history = json(get("/studies/mini/events?size=5&type=PersonLevelDataRead", TOKENS.get(Role.ADMIN)));
        assertThat(history.get("events").get(0).get("summary").asText()).contains("api-admin").contains("case matrix");
    }

    @Test
    void each_token_is_limited_and_told_when_to_come_back() throws Exception {
        String token = app.getBean(ApiTokens.class).create("api-researcher", "busy", Duration.ofDays(1)).token();
        // sixteen at a time: one after another, a slow machine's answers alone can keep below the limit
        List<java.util.concurrent.Future<HttpResponse<String>>> sent = new java.util.ArrayList<>();
        try (java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 200; i++) {
                sent.add(senders.submit(() -> get("/studies", token)));
            }
        }
        HttpResponse<String> limited = null;
        for (java.util.concurrent.Future<HttpResponse<String>> answer : sent) {
            if (answer.get().statusCode() == 429) {
                limited = answer.get();
            }
        }
        assertThat(limited).as("no 429 among 200 requests sent sixteen at a time, at a limit of 20 per second").isNotNull();
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
        assertThat(problem(limited)).isTrue();
        assertThat(get("/studies", TOKENS.get(Role.RESEARCHER)).statusCode()).as("another token is not limited by it").isEqualTo(200);
    }

    @Test
    void every_answer_carries_the_security_headers_and_no_internals() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        String site = base.substring(0, base.length() - "/api/v1".length());
        String bearer = "Bearer " + TOKENS.get(Role.RESEARCHER);
        for (String path : List.of("/api/v1/studies", "/api/v1/studies/mini/matrix?wave=w3", "/api/v1/studies/mini/matrix?wave=w3&format=csv",
                "/api/v1/studies/mini/matrix?wave=no-such-wave", "/api/v1/studies/mini/matrix", "/api/v1/studies/anden/matrix?wave=w0",
                "/api/v1/studies/mini/events?page=-1", "/api/v1/no-such-endpoint")) {
            ResponseHeaders.assertNotStored(soft, path, ResponseHeaders.check(soft, site, path, null, "Authorization", bearer));
        }
        for (String path : List.of("/api/v1/studies", "/api/v1/openapi.json", "/api/v1/docs")) {
            ResponseHeaders.check(soft, site, path, null);
        }
        soft.assertAll();
    }

    @Test
    void the_openapi_description_lists_every_endpoint_and_its_page_opens() throws Exception {
        HttpResponse<String> description = get("/openapi.json", null);
        assertThat(description.statusCode()).isEqualTo(200);
        JsonNode openapi = json(description);
        assertThat(openapi.get("openapi").asText()).startsWith("3.1");
        Set<String> described = new TreeSet<>();
        openapi.get("paths").fieldNames().forEachRemaining(described::add);
        Set<String> mapped = new TreeSet<>();
        app.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream()).filter(p -> p.startsWith("/api/v1/studies")).forEach(mapped::add);
        // one path may be listed twice with other parameters (the effect's two estimators)
        assertThat(mapped).hasSize((int) ENDPOINTS.stream().map(Endpoint::path).distinct().count() + 1);
        assertThat(described).isEqualTo(mapped);
        // the web chain lets Vaadin answer every other address: no endpoint may live outside the API, the control paths
        // and the open JSON of a questionnaire link and of readiness, each of which has a filter chain of its own
        assertThat(app.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream()).toList())
                .allSatisfy(path -> assertThat(path).matches(
                        "/api/v1/.*|/admin/(read-model/rebuild|backup|erase|report|meeting-report|import)|/error|/ready|/q/\\{token}/answers"));
        HttpResponse<String> page = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create(base + "/docs")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger");
    }

    @Test
    void the_readme_sessions_in_r_and_python_fetch_a_matrix_and_an_effect() throws Exception {
        JsonNode effect = json(get("/studies/mini/analyses/effect?type=handleteam", TOKENS.get(Role.RESEARCHER)));
        String estimate = String.format(java.util.Locale.ROOT, "handleteam: %.3f (95%% CI %.3f to %.3f)",
                effect.get("estimate").asDouble(), effect.get("ci_low").asDouble(), effect.get("ci_high").asDouble());
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        for (List<String> session : List.of(List.of("Rscript", "../docs/api/matrix-and-effect.R"),
                List.of(python, "../docs/api/matrix-and-effect.py"))) {
            ProcessBuilder run = new ProcessBuilder(session).redirectErrorStream(true);
            run.environment().put("SAMSPIL_URL", base.substring(0, base.length() - "/api/v1".length()));
            run.environment().put("SAMSPIL_TOKEN", TOKENS.get(Role.RESEARCHER));
            Process process = run.start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(session + " printed:\n" + printed).isZero();
            assertThat(printed).as(session.getFirst()).contains(estimate).contains("bostoette").contains("sundhedspleje");
        }
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static boolean problem(HttpResponse<String> answer) {
        return answer.headers().firstValue("Content-Type").map(t -> t.startsWith("application/problem+json")).orElse(false);
    }

    private static JsonNode json(HttpResponse<String> answer) throws Exception {
        return json(answer.body());
    }

    private static JsonNode json(String body) throws Exception {
        return DomainJson.mapper().readTree(body);
    }

    /** What ./samspil prints for the report, asked while this application serves the data folder. */
    private static String cli(List<String> report, String format) {
        List<String> args = new ArrayList<>(List.of("--data", data.toString()));
        args.addAll(report);
        args.addAll(List.of("--study", "mini", "--format", format));
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThat(SamspilCli.run(args.toArray(String[]::new))).as(String.join(" ", args)).isZero();
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
