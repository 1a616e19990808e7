package dk.samspil.projections.access;

import dk.samspil.domain.shared.TenantId;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Which organisations' person-level data each researcher may read now, as far as the read model has applied the events. */
public record PersonLevelGrants(ReadModelStore store) {

    /** A grant in force: whose, where, by whom and when it was recorded. */
    public record Grant(String username, TenantId organisation, String grantedBy, Instant recordedAt) {
    }

    /** The organisations whose person-level data the account may read. */
    public Set<TenantId> of(String username) {
        return store.query(Sql.statement("access.sql", "person_level_of"), "cannot read the person-level grants of " + username,
                r -> TenantId.of(r.getString("organisation")), username).stream().collect(Collectors.toUnmodifiableSet());
    }

    /** Every grant in force, for the administration page and the command line. */
    public List<Grant> all() {
        return store.query(Sql.statement("access.sql", "person_level_grants"), "cannot read the person-level grants",
                r -> new Grant(r.getString("username"), TenantId.of(r.getString("organisation")), r.getString("changed_by"),
                        r.getTimestamp("recorded_at") == null ? null
                                : r.getTimestamp("recorded_at").toLocalDateTime().toInstant(ZoneOffset.UTC)));
    }
}
