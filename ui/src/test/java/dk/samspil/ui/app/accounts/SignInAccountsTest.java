package dk.samspil.ui.app.accounts;

import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Role;
import dk.samspil.ui.runtime.storage.EventStoreSchema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

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
        assertThatThrownBy(() -> new SignInAccounts(accounts, new MockEnvironment()).afterSingletonsInstantiated())
                .isInstanceOf(SignInAccounts.NoAdmin.class)
                .hasMessage("no admin can sign in yet; create one first: ./samspil user add --username NAME --role admin"
                        + " (the password is read from standard input or asked for)");
        // a disabled admin does not count
        accounts.add(new Principal("anna", Role.ADMIN, Set.of(), Optional.empty()),
                "korrekt hest batteri".toCharArray());
        accounts.disable("anna");
        assertThatThrownBy(() -> new SignInAccounts(accounts, new MockEnvironment()).afterSingletonsInstantiated())
                .isInstanceOf(SignInAccounts.NoAdmin.class);
    }

    @Test
    void the_demo_creates_its_four_documented_accounts_once() throws Exception {
        UserAccounts accounts = accounts();
        MockEnvironment demo = new MockEnvironment().withProperty("samspil.demo-users", "true");
        new SignInAccounts(accounts, demo).afterSingletonsInstantiated();
        new SignInAccounts(accounts, demo).afterSingletonsInstantiated();
        assertThat(accounts.all()).extracting(UserAccount::username, UserAccount::role).containsExactly(
                tuple("demo-admin", Role.ADMIN),
                tuple("demo-forsker", Role.RESEARCHER),
                tuple("demo-leder", Role.PROGRAMME_MANAGER),
                tuple("demo-partner", Role.PARTNER));
        assertThat(accounts.signIn("demo-forsker", SignInAccounts.DEMO_PASSWORD.toCharArray()))
                .hasValueSatisfying(u -> assertThat(u.organisations()).extracting(Object::toString).containsExactly("demo-kommune"));
    }

    private static UserAccounts accounts() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        EventStoreSchema.ensure(h2);
        return new UserAccounts(h2);
    }
}
