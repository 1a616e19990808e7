package dk.samspil.ui.web.signin;

import dk.samspil.ui.app.accounts.SignInSettings;
import dk.samspil.ui.app.accounts.SignInThrottle;
import dk.samspil.ui.app.accounts.UserAccount;
import dk.samspil.ui.app.accounts.UserAccounts;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Sign-in with a Samspil account's own password, throttled per name and per address ({@link SignInThrottle}).
 * Every refusal reads the same for an unknown name and a known one, and costs the same bcrypt check.
 */
final class PasswordSignIn implements AuthenticationProvider {

    private final UserAccounts accounts;
    private final SignInThrottle throttle;
    private final SignInSettings settings;

    PasswordSignIn(UserAccounts accounts, SignInThrottle throttle, SignInSettings settings) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.settings = settings;
    }

    /** Too many wrong passwords for the name or from the address; says nothing of whether the account exists. */
    static final class SignInLocked extends LockedException {
        SignInLocked() {
            super("too many failed sign-ins for this name or from this address; try again in " + SignInThrottle.LOCK.toMinutes() + " minutes");
        }
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        if (!settings.localAccounts()) {
            throw new BadCredentialsException("local accounts are switched off (samspil.sign-in.local-accounts=false)");
        }
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "an unknown address";
        SignInThrottle.Verdict verdict = throttle.check(username, address);
        pause(verdict.delay());
        if (verdict.locked()) {
            throw new SignInLocked();
        }
        char[] password = String.valueOf(attempt.getCredentials()).toCharArray();
        Optional<UserAccount> account;
        try {
            account = accounts.signIn(username, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        if (account.isEmpty()) {
            throttle.failed(username, address);
            throw new BadCredentialsException("wrong username or password");
        }
        throttle.succeeded(username);
        UserDetails user = User.withUsername(account.get().username()).password("").roles(account.get().role().name()).build();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthenticationServiceException("interrupted while slowing a sign-in", e);
        }
    }
}
