package dk.samspil.ui.app.accounts;

import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Role;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.ui.runtime.storage.OneNodeAtATime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Before the web application serves anybody, at least one enabled admin must be able to sign in:
 * {@code serve} refuses to start without one and says how to create one, unless the identity provider
 * makes admins (named in {@code samspil.sign-in.admins}, or by its claims); {@code demo} creates the
 * documented demo accounts instead (README, "Demo accounts").
 */
@Component
@ConditionalOnProperty("samspil.require-admin")
public class SignInAccounts implements SmartInitializingSingleton {

    /** The demo accounts' shared password; only ever used with the synthetic demo study. */
    public static final String DEMO_PASSWORD = "samspil-demo-2026";
    public static final String DEMO_ORGANISATION = "demo-kommune";
    private static final Logger LOG = LoggerFactory.getLogger(SignInAccounts.class);

    private static final List<Principal> DEMO_ACCOUNTS = List.of(
            new Principal("demo-admin", Role.ADMIN, Set.of(), Optional.empty()),
            new Principal("demo-forsker", Role.RESEARCHER, Set.of(TenantId.of(DEMO_ORGANISATION)), Optional.empty()),
            new Principal("demo-leder", Role.PROGRAMME_MANAGER, Set.of(TenantId.of(DEMO_ORGANISATION)), Optional.empty()),
            new Principal("demo-partner", Role.PARTNER, Set.of(), Optional.of(PartnerId.of("demo-universitet"))));

    private final UserAccounts accounts;
    private final DataSource dataSource;
    private final boolean demo;
    private final boolean providerMakesAdmins;

    public SignInAccounts(UserAccounts accounts, DataSource dataSource, Environment environment, SignInSettings settings,
                          ObjectProvider<ClientRegistrationRepository> identityProviders) {
        this.accounts = accounts;
        this.dataSource = dataSource;
        this.demo = environment.getProperty("samspil.demo-users", Boolean.class, false);
        this.providerMakesAdmins = identityProviders.getIfAvailable() != null && settings.providerMakesAdmins();
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (accounts.hasAdmin()) {
            return;
        }
        if (providerMakesAdmins && !demo) {
            LOG.warn("no admin has signed in yet: the first is whoever samspil.sign-in.admins names, or the identity provider's claims make one");
            return;
        }
        if (!demo) {
            throw new NoAdmin();
        }
        // nodes started with demo at once on one PostgreSQL: one creates the accounts, the others find them
        try (Connection connection = dataSource.getConnection()) {
            OneNodeAtATime.run(connection, OneNodeAtATime.DEMO, () -> {
                for (Principal account : DEMO_ACCOUNTS) {
                    if (accounts.find(account.username()).isEmpty()) {
                        accounts.add(account, DEMO_PASSWORD.toCharArray());
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the demo accounts", e);
        }
        LOG.info("created the demo accounts demo-admin, demo-forsker, demo-leder and demo-partner (password {})", DEMO_PASSWORD);
    }

    /** No one could sign in: the application does not start. */
    public static final class NoAdmin extends IllegalStateException {
        public NoAdmin() {
            super("no admin can sign in yet; create one first: ./samspil user add --username NAME --role admin"
                    + " (the password is read from standard input or asked for), or, signing in through an identity provider,"
                    + " name its administrators in samspil.sign-in.admins");
        }
    }
}
