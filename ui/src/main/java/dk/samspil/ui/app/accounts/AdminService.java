package dk.samspil.ui.app.accounts;

import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.domain.access.Operation;
import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.PersonLevelAccessGranted;
import dk.samspil.domain.access.PersonLevelAccessRevoked;
import dk.samspil.domain.access.Resource;
import dk.samspil.domain.access.Role;
import dk.samspil.domain.privacy.PersonErased;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.projections.access.PersonLevelGrants;
import dk.samspil.ui.app.erasure.Erasure;
import dk.samspil.ui.app.facts.Facts;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What the administration page does, each operation checked against the access policy first (admins only). */
@Service
public class AdminService {

    private static final Duration CATCH_UP = Duration.ofMinutes(5);

    private final UserAccounts accounts;
    private final Erasure erasure;
    private final CurrentUser access;
    private final Facts facts;
    private final PersonLevelGrants grants;
    private final ReadModelSync sync;

    public AdminService(UserAccounts accounts, Erasure erasure, CurrentUser access, Facts facts, PersonLevelGrants grants,
                        ReadModelSync sync) {
        this.accounts = accounts;
        this.erasure = erasure;
        this.access = access;
        this.facts = facts;
        this.grants = grants;
        this.sync = sync;
    }

    /** Every person-level grant in force. */
    public List<PersonLevelGrants.Grant> personLevelGrants() {
        require(Operation.MANAGE_USERS);
        sync.awaitCaughtUp(CATCH_UP, at -> { });
        return grants.all();
    }

    /**
     * Grants or revokes a researcher's person-level access to one of their organisations, as an event; it
     * holds from the next request on.
     *
     * @throws IllegalArgumentException when there is no such account, it is no researcher of the organisation, or nothing would change
     */
    public void personLevel(String username, TenantId organisation, boolean grant) {
        require(Operation.MANAGE_USERS);
        UserAccount account = accounts.find(username).orElseThrow(() -> new IllegalArgumentException("no account '" + username + "'"));
        if (account.role() != Role.RESEARCHER || !account.organisations().contains(organisation)) {
            throw new IllegalArgumentException("person-level access is granted to researchers of an organisation; " + username
                    + " is no researcher of " + organisation);
        }
        sync.awaitCaughtUp(CATCH_UP, at -> { });
        boolean holds = grants.of(username).contains(organisation);
        if (holds == grant) {
            throw new IllegalArgumentException(username + (grant ? " already has" : " has no") + " person-level access to " + organisation);
        }
        String by = access.principal().username();
        if (grant) {
            facts.record(new PersonLevelAccessGranted(username, organisation, by));
        } else {
            facts.record(new PersonLevelAccessRevoked(username, organisation, by));
        }
        sync.awaitCaughtUp(CATCH_UP, at -> { });
    }

    public List<UserAccount> users() {
        require(Operation.MANAGE_USERS);
        return accounts.all();
    }

    /** @throws IllegalArgumentException for an invalid or taken username, a short password or an account that cannot be scoped */
    public UserAccount add(Principal account, char[] password) {
        require(Operation.MANAGE_USERS);
        return accounts.add(account, password);
    }

    /** Who signed in through the identity provider and waits for a role. */
    public List<UserAccounts.Waiting> waiting() {
        require(Operation.MANAGE_USERS);
        return accounts.waiting();
    }

    /**
     * Grants a waiting user a role with its organisations or partner.
     *
     * @throws IllegalArgumentException when nobody of that name waits, or the role cannot be scoped so
     */
    public void grant(Principal scope) {
        require(Operation.MANAGE_USERS);
        accounts.grant(scope);
    }

    public void disable(String username) {
        require(Operation.MANAGE_USERS);
        if (username.equals(access.principal().username())) {
            throw new IllegalArgumentException("you cannot disable your own account");
        }
        accounts.disable(username);
    }

    /**
     * Erases the person while the application serves; the event-store file is rewritten at the next start.
     *
     * @throws IllegalArgumentException when nobody has the id
     */
    public Erasure.Erased erase(RespondentId id, Optional<TenantId> organisation, PersonErased.ErasedAs as) throws InterruptedException {
        require(Operation.ERASE_PERSON);
        return erasure.erase(id, organisation, as, access.principal().username() + " (web)", (at, head) -> { });
    }

    private void require(Operation operation) {
        AccessPolicy.require(access.principal(), operation, Resource.repository());
    }
}
