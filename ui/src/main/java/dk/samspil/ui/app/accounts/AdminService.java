package dk.samspil.ui.app.accounts;

import dk.samspil.domain.access.AccessPolicy;
import dk.samspil.domain.access.Operation;
import dk.samspil.domain.access.Principal;
import dk.samspil.domain.access.Resource;
import dk.samspil.domain.privacy.PersonErased;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.ui.app.erasure.Erasure;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/** What the administration page does, each operation checked against the access policy first (admins only). */
@Service
public class AdminService {

    private final UserAccounts accounts;
    private final Erasure erasure;
    private final CurrentUser access;

    public AdminService(UserAccounts accounts, Erasure erasure, CurrentUser access) {
        this.accounts = accounts;
        this.erasure = erasure;
        this.access = access;
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
