package dk.samspil.ui.runtime.storage;

import dk.samspil.domain.shared.PartnerId;
import dk.samspil.exports.partner.PartnerSecrets;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Partner secrets in the event-store database, created on a partner's first export. */
public final class JdbcPartnerSecrets implements PartnerSecrets {

    private final DataSource dataSource;
    private final SecureRandom random = new SecureRandom();

    public JdbcPartnerSecrets(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized byte[] secretOf(PartnerId partner) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT secret FROM partner_secret WHERE partner = ?")) {
                s.setString(1, partner.value());
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        return r.getBytes(1);
                    }
                }
            }
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO partner_secret (partner, secret, created_at) VALUES (?, ?, ?)")) {
                s.setString(1, partner.value());
                s.setBytes(2, secret);
                s.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                s.executeUpdate();
            }
            return secret;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read or create the secret of partner " + partner, e);
        }
    }
}
