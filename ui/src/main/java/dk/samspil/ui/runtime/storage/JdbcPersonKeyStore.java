package dk.samspil.ui.runtime.storage;

import dk.samspil.domain.privacy.PersonKeyStore;
import dk.samspil.domain.privacy.PersonRef;
import dk.samspil.domain.shared.RespondentId;
import dk.samspil.domain.shared.TenantId;

import org.springframework.jdbc.datasource.DataSourceUtils;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Person keys in the event-store database, beside but outside the immutable history.
 * Enrolment commits on its own connection at once: keys must outlive any import that fails after them.
 */
public final class JdbcPersonKeyStore implements PersonKeyStore {

    private static final int CHUNK = 1000;
    private static final int ATTEMPTS = 50;
    /** A unique violation (another enrolment stored the person first) and a deadlock (PostgreSQL chose this one). */
    private static final java.util.Set<String> RETRIED = java.util.Set.of("23505", "40P01");

    private final DataSource dataSource;
    private final SecureRandom random = new SecureRandom();

    public JdbcPersonKeyStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Finds or creates each person's key. Two enrolments of one person at once (two nodes, or two
     * threads of one) meet at the table's primary key: the one that loses rolls back and runs
     * again, and then finds the winner's key, so a person never has two. Each loss means another
     * enrolment committed, so every retry gets further; many enrolments of overlapping people at
     * once can each lose several times (eight in a row have failed five attempts on a busy machine).
     */
    @Override
    public Map<RespondentId, PersonRef> enrol(TenantId tenant, Collection<RespondentId> pseudonyms) {
        for (int attempt = 1; ; attempt++) {
            try {
                return enrolOnce(tenant, pseudonyms);
            } catch (SQLException e) {
                if (attempt == ATTEMPTS || !RETRIED.contains(e.getSQLState())) {
                    throw new IllegalStateException("cannot enrol the people of organisation " + tenant, e);
                }
                pause(attempt);
            }
        }
    }

    // a little longer each time, and not in step with the enrolment it lost to
    private void pause(int attempt) {
        try {
            Thread.sleep(random.nextInt(5 * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while enrolling", e);
        }
    }

    private Map<RespondentId, PersonRef> enrolOnce(TenantId tenant, Collection<RespondentId> pseudonyms) throws SQLException {
        Map<RespondentId, PersonRef> refs = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<RespondentId> all = new ArrayList<>(pseudonyms);
            Map<String, PersonRef> known = new HashMap<>();
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<RespondentId> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT pseudonym, person_ref FROM person_key WHERE tenant = ? AND pseudonym IN (" + marks + ")")) {
                    s.setString(1, tenant.value());
                    for (int i = 0; i < chunk.size(); i++) {
                        s.setString(i + 2, chunk.get(i).value());
                    }
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            known.put(r.getString(1), new PersonRef(r.getString(2)));
                        }
                    }
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO person_key (tenant, pseudonym, person_ref, secret, created_at) VALUES (?, ?, ?, ?, ?)")) {
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                int pending = 0;
                // in one order everywhere, so two enrolments wait for each other instead of deadlocking
                for (RespondentId pseudonym : all.stream().sorted(java.util.Comparator.comparing(RespondentId::value)).toList()) {
                    if (!known.containsKey(pseudonym.value())) {
                        PersonRef ref = PersonRef.random();
                        byte[] secret = new byte[32];
                        random.nextBytes(secret);
                        insert.setString(1, tenant.value());
                        insert.setString(2, pseudonym.value());
                        insert.setString(3, ref.value());
                        insert.setBytes(4, secret);
                        insert.setObject(5, now);
                        insert.addBatch();
                        known.put(pseudonym.value(), ref);
                        if (++pending % CHUNK == 0) {
                            insert.executeBatch();
                        }
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            all.forEach(pseudonym -> refs.put(pseudonym, known.get(pseudonym.value())));
            return refs;
        } catch (SQLException e) {
            throw retriable(e);
        }
    }

    // a batch reports a unique violation as BatchUpdateException whose own state may be generic: look at the chain
    private static SQLException retriable(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (RETRIED.contains(next.getSQLState())) {
                return next;
            }
        }
        return e;
    }

    @Override
    public Optional<byte[]> key(PersonRef person) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT secret FROM person_key WHERE person_ref = ?")) {
            s.setString(1, person.value());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the key of person " + person, e);
        }
    }

    @Override
    public Map<TenantId, PersonRef> find(RespondentId pseudonym) {
        Map<TenantId, PersonRef> found = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT tenant, person_ref FROM person_key WHERE pseudonym = ? ORDER BY tenant")) {
            s.setString(1, pseudonym.value());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.put(TenantId.of(r.getString(1)), new PersonRef(r.getString(2)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up a person by pseudonym", e);
        }
    }

    /** Deletes the key within the caller's transaction when there is one (an erasure deletes it with its event). */
    @Override
    public void destroy(PersonRef person) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement s = c.prepareStatement("DELETE FROM person_key WHERE person_ref = ?")) {
            s.setString(1, person.value());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot destroy the key of person " + person, e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }
}
