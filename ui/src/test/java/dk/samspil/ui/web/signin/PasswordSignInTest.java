package dk.samspil.ui.web.signin;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Role;
import dk.samspil.ui.app.accounts.SignInSettings;
import dk.samspil.ui.app.accounts.SignInThrottle;
import dk.samspil.ui.app.accounts.UserAccounts;
import dk.samspil.ui.runtime.storage.EventStoreSchema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The password sign-in as Spring Security calls it: locked after repeated failures, never telling whether the name exists. */
class PasswordSignInTest {

    private static final String PASSWORD = "korrekt hest batteri";

    private final Logger throttleLog = (Logger) LoggerFactory.getLogger(SignInThrottle.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @AfterEach
    void detachLog() {
        throttleLog.detachAppender(logged);
    }

    @Test
    void five_wrong_passwords_lock_an_account_and_an_unknown_name_is_answered_exactly_alike() throws Exception {
        logged.start();
        throttleLog.addAppender(logged);
        PasswordSignIn signIn = signIn(SignInSettings.defaults());

        List<String> existing = attempts(signIn, "anna", "10.0.0.1");
        List<String> unknown = attempts(signIn, "nobody", "10.0.0.2");
        assertThat(existing).containsExactly(
                "BadCredentialsException: wrong username or password", "BadCredentialsException: wrong username or password",
                "BadCredentialsException: wrong username or password", "BadCredentialsException: wrong username or password",
                "BadCredentialsException: wrong username or password",
                "SignInLocked: too many failed sign-ins for this name or from this address; try again in 15 minutes");
        assertThat(unknown).isEqualTo(existing);

        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage)
                .contains("sign-in failed for 'anna' from 10.0.0.1: failure 5 of the name, 5 of the address",
                        "sign-in refused as locked for 'anna' from 10.0.0.1")
                .noneMatch(line -> line.contains("wrong-") || line.contains(PASSWORD))
                // a name no account has may be a password typed into the wrong field: never logged as typed
                .noneMatch(line -> line.contains("nobody"))
                .anyMatch(line -> line.matches("sign-in failed for an unknown name \\(#[0-9a-f]{8}\\) from 10\\.0\\.0\\.2: failure 1 of .*"));
    }

    @Test
    void the_right_password_signs_in_with_the_accounts_role_unless_local_accounts_are_switched_off() throws Exception {
        Authentication signedIn = signIn(SignInSettings.defaults()).authenticate(attempt("anna", PASSWORD, "10.0.0.1"));
        assertThat(signedIn.getName()).isEqualTo("anna");
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_RESEARCHER");

        SignInSettings off = new SignInSettings(false, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> signIn(off).authenticate(attempt("anna", PASSWORD, "10.0.0.1")))
                .hasMessage("local accounts are switched off (samspil.sign-in.local-accounts=false)");
    }

    private static List<String> attempts(PasswordSignIn signIn, String username, String address) {
        List<String> answers = new ArrayList<>();
        for (int attempt = 1; attempt <= 5; attempt++) {
            answers.add(refusal(signIn, attempt(username, "wrong-" + attempt, address)));
        }
        answers.add(refusal(signIn, attempt(username, PASSWORD, address)));
        return answers;
    }

    private static String refusal(PasswordSignIn signIn, Authentication attempt) {
        try {
            signIn.authenticate(attempt);
            return "signed in";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static Authentication attempt(String username, String password, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return attempt;
    }

    private static PasswordSignIn signIn(SignInSettings settings) throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        EventStoreSchema.ensure(h2);
        UserAccounts accounts = new UserAccounts(h2);
        accounts.add(new Principal("anna", Role.RESEARCHER, Set.of(dk.samspil.domain.shared.TenantId.of("aarhus")), Optional.empty()),
                PASSWORD.toCharArray());
        return new PasswordSignIn(accounts, new SignInThrottle(h2, Clock.systemUTC(), accounts), settings);
    }
}
