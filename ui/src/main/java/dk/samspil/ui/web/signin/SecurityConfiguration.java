package dk.samspil.ui.web.signin;

import dk.samspil.ui.web.health.ReadinessEndpoint;
import dk.samspil.ui.web.questionnaire.QuestionnaireAnswersEndpoint;
import dk.samspil.ui.app.accounts.IdentityAccounts;
import dk.samspil.ui.app.accounts.SignInSettings;
import dk.samspil.ui.app.accounts.SignInThrottle;
import dk.samspil.ui.app.accounts.UserAccounts;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in for the web application: Vaadin's login view and view access control on Spring Security, with
 * local accounts from {@link UserAccounts} and an OpenID Connect identity provider when one is registered
 * (spring.security.oauth2.client.*). What a signed-in user may see and do is decided by the access policy in
 * the services, not here.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
public class SecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    /** Where ./samspil replay, backup and erase reach a running application; those endpoints check their own bearer secret. */
    private static final String[] CONTROL = {"/admin/read-model/**", "/admin/backup", "/admin/erase", "/admin/report", "/admin/meeting-report",
        "/admin/import"};

    /**
     * No session and no sign-in: a questionnaire link's JSON answers (the link is the credential, as on the page)
     * and the load balancer's readiness check (which holds no data).
     */
    private static final String[] OPEN_JSON = {QuestionnaireAnswersEndpoint.PATTERN, ReadinessEndpoint.PATH};

    /** The app's own stylesheets and font: they hold no data, and the sign-in page and the respondents' questionnaire need them. */
    private static final String[] STYLESHEETS = {"/samspil.css", "/styles/*.css", "/fonts/liberation/*.ttf"};

    /** The control endpoints first, on their own: they check their own secret and are no browser pages. */
    @Bean
    @Order(1)
    SecurityFilterChain controlFilterChain(HttpSecurity http) throws Exception {
        return SecurityHeaders.apply(http).securityMatcher(CONTROL)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** Open JSON without a cookie: there is no request to forge. */
    @Bean
    @Order(1)
    SecurityFilterChain openJsonFilterChain(HttpSecurity http) throws Exception {
        return SecurityHeaders.apply(http).securityMatcher(OPEN_JSON)
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }

    /**
     * Everything else (order 2 is the read API's chain) behind Vaadin's sign-in, with the identity provider beside the
     * local accounts when one is registered; without Vaadin's web layer (a test's bare server) nothing else is served.
     */
    @Bean
    @Order(3)
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<RequestUtil> vaadin,
                                            ObjectProvider<ClientRegistrationRepository> identityProviders, IdentityAccounts identities)
            throws Exception {
        SecurityHeaders.apply(http);
        if (vaadin.getIfAvailable() == null) {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().denyAll()).build();
        }
        http.authorizeHttpRequests(requests -> requests.requestMatchers(STYLESHEETS).permitAll());
        // an address no route answers reaches Vaadin, which shows its own neutral page; every view still checks its access itself
        ClientRegistrationRepository registrations = identityProviders.getIfAvailable();
        if (registrations == null) {
            return http.with(VaadinSecurityConfigurer.vaadin(), configurer -> configurer.loginView(LoginView.class)
                    .anyRequest(AuthorizedUrl::permitAll)).build();
        }
        http.oauth2Login(login -> login.loginPage("/" + LoginView.ROUTE).failureHandler(loggedProviderFailure())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new IdentitySignIn(identities))));
        return http.with(VaadinSecurityConfigurer.vaadin(), configurer -> configurer.loginView(LoginView.class)
                .anyRequest(AuthorizedUrl::permitAll).logoutSuccessHandler(providerLogout(registrations))).build();
    }

    /** A refused provider sign-in back on the sign-in page, and in the log with why (an expired or forged token; never the token). */
    private static AuthenticationFailureHandler loggedProviderFailure() {
        SimpleUrlAuthenticationFailureHandler back = new SimpleUrlAuthenticationFailureHandler("/" + LoginView.ROUTE + "?error");
        return (request, response, failure) -> {
            boolean samspils = failure instanceof OAuth2AuthenticationException refused
                    && IdentitySignIn.REFUSED.equals(refused.getError().getErrorCode());
            if (!samspils) {
                LOG.warn("sign-in through the identity provider failed from {}: {}", request.getRemoteAddr(), failure.getMessage());
            }
            back.onAuthenticationFailure(request, response, failure);
        };
    }

    /** Signing out of Samspil signs out at the provider too when it offers an end_session endpoint, then returns to sign-in. */
    private static OidcClientInitiatedLogoutSuccessHandler providerLogout(ClientRegistrationRepository registrations) {
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/" + LoginView.ROUTE);
        logout.setDefaultTargetUrl("/" + LoginView.ROUTE);
        // Vaadin signs out inside a UI request, where a plain redirect would not move the browser
        logout.setRedirectStrategy(new UidlRedirectStrategy());
        return logout;
    }

    /** The one password check, global so that the identity provider's sign-in (local to the chain) never runs it twice. */
    @Bean
    AuthenticationProvider passwordSignIn(UserAccounts accounts, SignInThrottle throttle, SignInSettings settings) {
        return new PasswordSignIn(accounts, throttle, settings);
    }
}
