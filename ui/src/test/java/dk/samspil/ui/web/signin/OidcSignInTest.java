package dk.samspil.ui.web.signin;

import com.nimbusds.jose.JOSEObjectType;
import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.domain.access.Role;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.ui.app.accounts.AdminService;
import dk.samspil.ui.app.accounts.CurrentUser;
import dk.samspil.ui.app.accounts.UserAccounts;
import dk.samspil.ui.web.testing.FreshDataFolder;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.setup.SharedHttpSessionConfigurer.sharedHttpSession;

/**
 * The authorization code flow end to end against a real OpenID Connect provider in the test (mock-oauth2-server):
 * Samspil's filters, the provider's endpoints over HTTP, the ID token's signature checked against its JWKS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ContextCustomizerFactories(FreshDataFolder.class)
class OidcSignInTest {

    private static final MockOAuth2Server PROVIDER = started();
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.registration.kommune.client-id", () -> "samspil");
        registry.add("spring.security.oauth2.client.registration.kommune.client-secret", () -> "test-secret");
        registry.add("spring.security.oauth2.client.registration.kommune.client-name", () -> "Kommunens log-ind");
        registry.add("spring.security.oauth2.client.registration.kommune.scope", () -> "openid,profile");
        registry.add("spring.security.oauth2.client.provider.kommune.issuer-uri", () -> PROVIDER.issuerUrl("kommune").toString());
        registry.add("samspil.sign-in.roles-from", () -> "claims");
        registry.add("samspil.sign-in.role-values.forsker", () -> "researcher");
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    AdminService admin;
    @Autowired
    ClientRegistrationRepository registrations;

    private MockMvc mvc;

    @BeforeEach
    void browser() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
                .apply(sharedHttpSession()).build();
    }

    @AfterEach
    void signedOut() {
        SecurityContextHolder.clearContext();
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @Test
    void a_user_whose_claim_names_a_role_signs_in_with_it_and_signing_out_ends_the_providers_session_too() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult done = codeFlow(session, "sub-anna", Map.of("preferred_username", "anna",
                "samspil_role", "forsker", "samspil_organisations", List.of("eksempel-kommune")), 3600);
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/");
        Authentication signedIn = signedIn(session);
        assertThat(signedIn.getName()).isEqualTo("anna");
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_RESEARCHER");
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        assertThat(currentUser.principal().role()).isEqualTo(Role.RESEARCHER);
        assertThat(currentUser.principal().organisations()).containsExactly(TenantId.of("eksempel-kommune"));

        MvcResult out = mvc.perform(post("/logout").session(session).with(csrf())).andReturn();
        String endSession = out.getResponse().getRedirectedUrl();
        assertThat(endSession).startsWith(PROVIDER.endSessionEndpointUrl("kommune").toString())
                .contains("id_token_hint=").contains("post_logout_redirect_uri=http://localhost/login");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_user_without_a_role_is_signed_in_but_sees_nothing_and_waits_for_an_admin() throws Exception {
        MockHttpSession session = new MockHttpSession();
        codeFlow(session, "sub-bent", Map.of("preferred_username", "bent"), 3600);
        Authentication signedIn = signedIn(session);
        assertThat(signedIn.getName()).isEqualTo("bent");
        assertThat(signedIn.getAuthorities()).isEmpty();
        assertThat(accounts.waiting()).extracting(UserAccounts.Waiting::username).contains("bent");

        SecurityContextHolder.getContext().setAuthentication(signedIn);
        assertThatThrownBy(() -> currentUser.principal()).isInstanceOf(AccessPolicy.AccessDenied.class)
                .hasMessage("bent has no role in Samspil yet; an admin grants one");
        assertThatThrownBy(() -> admin.users()).isInstanceOf(AccessPolicy.AccessDenied.class);
    }

    @Test
    void a_disabled_account_is_refused_in_its_live_session_and_at_its_next_sign_in() throws Exception {
        MockHttpSession session = new MockHttpSession();
        Map<String, Object> claims = Map.of("preferred_username", "gustav", "samspil_role", "admin");
        codeFlow(session, "sub-gustav", claims, 3600);
        SecurityContextHolder.getContext().setAuthentication(signedIn(session));
        assertThat(currentUser.principal().role()).isEqualTo(Role.ADMIN);

        accounts.disable("gustav");
        assertThatThrownBy(() -> currentUser.principal()).isInstanceOf(AccessPolicy.AccessDenied.class)
                .hasMessage("the account gustav is disabled");
        MvcResult again = codeFlow(new MockHttpSession(), "sub-gustav", claims, 3600);
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void an_expired_id_token_is_refused_and_no_account_is_made() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult refused = codeFlow(session, "sub-carl", Map.of("preferred_username", "carl", "samspil_role", "admin"), -3600);
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
        assertThat(accounts.find("carl")).isEmpty();
        assertThat(accounts.waiting()).extracting(UserAccounts.Waiting::username).doesNotContain("carl");
    }

    @Test
    void a_tampered_id_token_fails_its_signature_check() {
        JwtDecoder idTokens = new OidcIdTokenDecoderFactory().createDecoder(registrations.findByRegistrationId("kommune"));
        String token = PROVIDER.issueToken("kommune", "samspil", new DefaultOAuth2TokenCallback("kommune", "sub-dora",
                JOSEObjectType.JWT.getType(), List.of("samspil"), Map.of("preferred_username", "dora", "samspil_role", "researcher"), 3600))
                .serialize();
        assertThat(idTokens.decode(token).getSubject()).as("the untouched token is good").isEqualTo("sub-dora");

        String[] parts = token.split("\\.");
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"researcher\"", "\"admin\"");
        String tampered = parts[0] + "." + url.encodeToString(payload.getBytes()) + "." + parts[2];
        assertThatThrownBy(() -> idTokens.decode(tampered)).isInstanceOf(JwtException.class).hasMessageContaining("signature");
    }

    /** What a browser does: Samspil sends it to the provider, the provider back with a code, Samspil exchanges it. */
    private MvcResult codeFlow(MockHttpSession session, String subject, Map<String, Object> claims, long lifetimeSeconds) throws Exception {
        String authorize = mvc.perform(get("/oauth2/authorization/kommune").session(session)).andReturn().getResponse().getRedirectedUrl();
        assertThat(authorize).startsWith(PROVIDER.authorizationEndpointUrl("kommune").toString());
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("kommune", subject, JOSEObjectType.JWT.getType(), List.of("samspil"),
                claims, lifetimeSeconds));
        HttpResponse<Void> provider = BROWSER.send(HttpRequest.newBuilder(URI.create(authorize)).build(), HttpResponse.BodyHandlers.discarding());
        URI back = URI.create(provider.headers().firstValue("Location").orElseThrow());
        assertThat(back.getPath()).isEqualTo("/login/oauth2/code/kommune");
        return mvc.perform(get(back).session(session)).andReturn();
    }

    private static Authentication signedIn(MockHttpSession session) {
        SecurityContext context = (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(context).as("signed in").isNotNull();
        return context.getAuthentication();
    }

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }
}
