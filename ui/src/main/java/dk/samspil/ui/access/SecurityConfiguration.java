package dk.samspil.ui.access;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

    /** Where ./samspil replay reaches a running application; that endpoint checks its own bearer secret. */
    private static final String CONTROL = "/admin/read-model/**";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(CONTROL).permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(CONTROL));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
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
