package dk.samspil.ui.web.signin;

import dk.samspil.ui.app.accounts.UserAccount;
import dk.samspil.ui.app.accounts.UserAccounts;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in for the web application: Vaadin's login view and view access control on Spring
 * Security, accounts from {@link UserAccounts}. What a signed-in user may see and do is decided
 * by the access policy in the services, not here.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
public class SecurityConfiguration {

    /** Where ./samspil replay, backup and erase reach a running application; those endpoints check their own bearer secret. */
    private static final String[] CONTROL = {"/admin/read-model/**", "/admin/backup", "/admin/erase", "/admin/report", "/admin/import"};

    /** The app's own stylesheets: they hold no data, and the sign-in page and the respondents' questionnaire need them. */
    private static final String[] STYLESHEETS = {"/samspil.css", "/styles/*.css"};

    /** The control endpoints first, on their own: they check their own secret and are no browser pages. */
    @Bean
    @Order(1)
    SecurityFilterChain controlFilterChain(HttpSecurity http) throws Exception {
        return SecurityHeaders.apply(http).securityMatcher(CONTROL)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** Everything else (order 2 is the read API's chain) behind Vaadin's sign-in; without Vaadin's web layer (a test's bare server) nothing else is served. */
    @Bean
    @Order(3)
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<RequestUtil> vaadin) throws Exception {
        SecurityHeaders.apply(http);
        if (vaadin.getIfAvailable() == null) {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().denyAll()).build();
        }
        http.authorizeHttpRequests(requests -> requests.requestMatchers(STYLESHEETS).permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), configurer -> configurer.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(UserAccounts accounts) {
        return username -> {
            UserAccount account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException("no user " + username));
            return User.withUsername(account.username())
                    .password(accounts.passwordHash(username).orElseThrow())
                    .roles(account.role().name())
                    .disabled(!account.enabled())
                    .build();
        };
    }
}
