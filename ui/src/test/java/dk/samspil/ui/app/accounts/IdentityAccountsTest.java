package dk.samspil.ui.app.accounts;

import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Role;
import dk.samspil.domain.shared.PartnerId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.ui.runtime.storage.EventStoreSchema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How an identity provider's user becomes a Samspil account: linked once, scoped by claims or by an admin. */
class IdentityAccountsTest {

    private static final String IDP = "https://idp.example.dk/realms/kommune";

    private final JdbcDataSource database = database();
    private final UserAccounts accounts = new UserAccounts(database);

    @Test
    void with_roles_from_claims_the_claims_decide_role_and_organisations_at_every_sign_in() {
        IdentityAccounts identities = new IdentityAccounts(accounts, settings("claims", Map.of("forsker", "researcher")));
        IdentityAccounts.SignedIn first = identities.signIn(IDP, "sub-1", Map.of("preferred_username", "Anna.Berg",
                "samspil_role", List.of("medarbejder", "forsker"), "samspil_organisations", List.of("aarhus", "odense")));
        assertThat(first).isEqualTo(new IdentityAccounts.SignedIn("anna.berg", Optional.of(Role.RESEARCHER)));
        assertThat(accounts.find("anna.berg")).hasValueSatisfying(u -> assertThat(u.organisations())
                .containsExactlyInAnyOrder(TenantId.of("aarhus"), TenantId.of("odense")));

        IdentityAccounts.SignedIn later = identities.signIn(IDP, "sub-1", Map.of("preferred_username", "anna.berg",
                "samspil_role", "partner", "samspil_partner", "aau"));
        assertThat(later.role()).contains(Role.PARTNER);
        assertThat(accounts.find("anna.berg")).hasValueSatisfying(u -> assertThat(u.partner()).contains(PartnerId.of("aau")));

        IdentityAccounts.SignedIn dropped = identities.signIn(IDP, "sub-1", Map.of("preferred_username", "anna.berg"));
        assertThat(dropped.role()).as("a role taken away at the provider is gone here too").isEmpty();
        assertThat(accounts.waiting()).extracting(UserAccounts.Waiting::username).containsExactly("anna.berg");
    }

    @Test
    void with_roles_from_an_admin_the_user_waits_until_granted_and_claims_change_nothing() {
        IdentityAccounts identities = new IdentityAccounts(accounts, settings("admin", Map.of()));
        Map<String, Object> claims = Map.of("preferred_username", "carl", "samspil_role", "admin");
        assertThat(identities.signIn(IDP, "sub-2", claims).role()).isEmpty();
        assertThat(accounts.find("carl")).as("no role, so no account to act with").isEmpty();
        assertThat(accounts.waiting()).singleElement().satisfies(w -> assertThat(w.issuer()).isEqualTo(IDP));

        accounts.grant(new Principal("carl", Role.PROGRAMME_MANAGER, Set.of(TenantId.of("aarhus")), Optional.empty()));
        assertThat(identities.signIn(IDP, "sub-2", claims).role()).contains(Role.PROGRAMME_MANAGER);
        assertThat(accounts.waiting()).isEmpty();
        assertThatThrownBy(() -> accounts.grant(new Principal("carl", Role.ADMIN, Set.of(), Optional.empty())))
                .hasMessage("nobody called 'carl' is waiting for a role");
    }

    @Test
    void the_administrators_the_installation_names_are_admins_from_their_first_sign_in_and_the_others_wait() {
        SignInSettings named = new SignInSettings(null, null, null, null, null, null, null, List.of("Dorte"));
        IdentityAccounts identities = new IdentityAccounts(accounts, named);
        assertThat(identities.signIn(IDP, "sub-d", Map.of("preferred_username", "dorte")).role()).contains(Role.ADMIN);
        assertThat(identities.signIn(IDP, "sub-d", Map.of("preferred_username", "dorte")).role()).contains(Role.ADMIN);
        assertThat(identities.signIn(IDP, "sub-e", Map.of("preferred_username", "erik", "samspil_role", "admin")).role()).isEmpty();
        assertThat(accounts.waiting()).extracting(UserAccounts.Waiting::username).containsExactly("erik");
    }

    @Test
    void a_provider_user_never_takes_over_a_local_account_or_a_disabled_one() {
        accounts.add(new Principal("demo-admin", Role.ADMIN, Set.of(), Optional.empty()), "korrekt hest batteri".toCharArray());
        IdentityAccounts identities = new IdentityAccounts(accounts, settings("claims", Map.of()));
        assertThatThrownBy(() -> identities.signIn(IDP, "sub-3", Map.of("preferred_username", "demo-admin", "samspil_role", "admin")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the name 'demo-admin' belongs to another Samspil account; an admin must rename one of them");
        assertThatThrownBy(() -> identities.signIn(IDP, "sub-4", Map.of("email", "x@example.dk")))
                .hasMessage("the identity provider's token has no claim preferred_username (samspil.sign-in.username-claim) to name the user by");

        identities.signIn(IDP, "sub-5", Map.of("preferred_username", "dora", "samspil_role", "researcher"));
        accounts.disable("dora");
        assertThatThrownBy(() -> identities.signIn(IDP, "sub-5", Map.of("preferred_username", "dora")))
                .hasMessage("the Samspil account dora is disabled");
        assertThat(accounts.signIn("dora", new char[0])).as("no password signs a provider account in").isEmpty();
    }

    @Test
    void a_programme_manager_claim_without_one_organisation_gives_no_role_rather_than_a_wrong_one() {
        IdentityAccounts identities = new IdentityAccounts(accounts, settings("claims", Map.of()));
        assertThat(identities.signIn(IDP, "sub-6", Map.of("preferred_username", "eva", "samspil_role", "programme-manager",
                "samspil_organisations", List.of("aarhus", "odense"))).role()).isEmpty();
    }

    @Test
    void an_existing_data_folders_account_table_gains_the_new_columns_and_keeps_its_accounts() throws Exception {
        JdbcDataSource old = new JdbcDataSource();
        old.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = old.getConnection()) {
            c.createStatement().execute("""
                    CREATE TABLE app_user (username VARCHAR(64) PRIMARY KEY, password_hash VARCHAR(100) NOT NULL, role VARCHAR(32) NOT NULL,
                        organisations VARCHAR(4000) NOT NULL, partner VARCHAR(64), enabled BOOLEAN NOT NULL,
                        created_at TIMESTAMP WITH TIME ZONE NOT NULL)""");
        }
        UserAccounts before = new UserAccounts(old);
        before.add(new Principal("anna", Role.ADMIN, Set.of(), Optional.empty()), "korrekt hest batteri".toCharArray());
        EventStoreSchema.ensure(old);
        EventStoreSchema.ensure(old);
        assertThat(before.signIn("anna", "korrekt hest batteri".toCharArray())).isPresent();
        new IdentityAccounts(before, settings("admin", Map.of())).signIn(IDP, "sub-7", Map.of("preferred_username", "frida"));
        assertThat(before.waiting()).extracting(UserAccounts.Waiting::username).containsExactly("frida");
    }

    private static SignInSettings settings(String rolesFrom, Map<String, String> roleValues) {
        return new SignInSettings(null, null, SignInSettings.RolesFrom.valueOf(rolesFrom.toUpperCase()), null, null, null, roleValues, null);
    }

    private static JdbcDataSource database() {
        try {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            EventStoreSchema.ensure(h2);
            return h2;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
