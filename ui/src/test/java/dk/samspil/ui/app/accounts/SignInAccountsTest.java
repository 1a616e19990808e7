package dk.samspil.ui.app.accounts;

import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Role;
import dk.samspil.ui.runtime.storage.EventStoreSchema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** serve refuses to start before an admin can sign in; demo creates its documented accounts instead. */
class SignInAccountsTest {

    @Test
    void without_an_admin_the_application_refuses_to_start_and_says_how_to_create_one() throws Exception {
        UserAccounts accounts = accounts();
        assertThatThrownBy(() -> starting(accounts, new MockEnvironment(), SignInSettings.defaults(), false).afterSingletonsInstantiated())
                .isInstanceOf(SignInAccounts.NoAdmin.class)
                .hasMessage("no admin can sign in yet; create one first: ./samspil user add --username NAME --role admin"
                        + " (the password is read from standard input or asked for), or, signing in through an identity provider,"
                        + " name its administrators in samspil.sign-in.admins");
        // a disabled admin does not count
        accounts.add(new Principal("anna", Role.ADMIN, Set.of(), Optional.empty()),
                "korrekt hest batteri".toCharArray());
        accounts.disable("anna");
        assertThatThrownBy(() -> starting(accounts, new MockEnvironment(), SignInSettings.defaults(), false).afterSingletonsInstantiated())
                .isInstanceOf(SignInAccounts.NoAdmin.class);
    }

    @Test
    void with_an_identity_provider_that_makes_admins_the_application_starts_before_any_admin_signed_in() throws Exception {
        UserAccounts accounts = accounts();
        SignInSettings named = new SignInSettings(false, null, null, null, null, null, null, List.of(" Anna.Berg "));
        assertThat(named.admins()).containsExactly("anna.berg");
        starting(accounts, new MockEnvironment(), named, true).afterSingletonsInstantiated();
        SignInSettings claims = new SignInSettings(false, null, SignInSettings.RolesFrom.CLAIMS, null, null, null, null, null);
        starting(accounts, new MockEnvironment(), claims, true).afterSingletonsInstantiated();
        // an admin's grant needs an admin; nobody named and no provider: nobody could ever administer
        assertThatThrownBy(() -> starting(accounts, new MockEnvironment(), SignInSettings.defaults(), true).afterSingletonsInstantiated())
                .isInstanceOf(SignInAccounts.NoAdmin.class);
        assertThatThrownBy(() -> starting(accounts, new MockEnvironment(), named, false).afterSingletonsInstantiated())
                .isInstanceOf(SignInAccounts.NoAdmin.class);
    }

    @Test
    void the_demo_creates_its_four_documented_accounts_once() throws Exception {
        UserAccounts accounts = accounts();
        MockEnvironment demo = new MockEnvironment().withProperty("samspil.demo-users", "true");
        starting(accounts, demo, SignInSettings.defaults(), false).afterSingletonsInstantiated();
        starting(accounts, demo, SignInSettings.defaults(), false).afterSingletonsInstantiated();
        assertThat(accounts.all()).extracting(UserAccount::username, UserAccount::role).containsExactly(
                tuple("demo-admin", Role.ADMIN),
                tuple("demo-forsker", Role.RESEARCHER),
                tuple("demo-leder", Role.PROGRAMME_MANAGER),
                tuple("demo-partner", Role.PARTNER));
        assertThat(accounts.signIn("demo-forsker", SignInAccounts.DEMO_PASSWORD.toCharArray()))
                .hasValueSatisfying(u -> assertThat(u.organisations()).extracting(Object::toString).containsExactly("demo-kommune"));
    }

    /** The store of the accounts made last; the demo accounts are made holding a lock on it. */
    private JdbcDataSource h2;

    private UserAccounts accounts() throws Exception {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        EventStoreSchema.ensure(h2);
        return new UserAccounts(h2);
    }

    /** The check as serve runs it, with or without an identity provider registered. */
    private SignInAccounts starting(UserAccounts accounts, MockEnvironment environment, SignInSettings settings, boolean provider) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        if (provider) {
            beans.registerSingleton("providers", new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId("kommune")
                    .clientId("samspil").authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").authorizationUri("https://idp.example.dk/auth")
                    .tokenUri("https://idp.example.dk/token").build()));
        }
        return new SignInAccounts(accounts, h2, environment, settings, beans.getBeanProvider(ClientRegistrationRepository.class));
    }
}
