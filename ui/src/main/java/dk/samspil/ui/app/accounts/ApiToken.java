package dk.samspil.ui.app.accounts;

import java.time.Instant;

/**
 * A personal API token as listed: its public id and dates, never its secret (only the hash is
 * stored). revokedAt and lastUsedAt are null until that happens.
 */
public record ApiToken(String id, String username, String label, Instant createdAt, Instant expiresAt, Instant revokedAt,
                       Instant lastUsedAt) {

    /**
     * Whether a token opens the read API. {@link #status(Instant)} judges the token alone;
     * ACCOUNT_DISABLED is what a listing says of an active token whose account is disabled.
     */
    public enum Status { ACTIVE, EXPIRED, REVOKED, ACCOUNT_DISABLED }

    public Status status(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return now.isBefore(expiresAt) ? Status.ACTIVE : Status.EXPIRED;
    }
}
