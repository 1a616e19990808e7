package dk.samspil.ui.runtime.storage;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Creates the event-store tables if they are missing, in the dialect of the database in use. */
public final class EventStoreSchema {

    private EventStoreSchema() {
    }

    public static void ensure(DataSource dataSource) throws SQLException {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        }
        String script = switch (product) {
            case "H2" -> "schema-h2.sql";
            case "PostgreSQL" -> "schema-postgresql.sql";
            default -> throw new IllegalStateException("the event store runs on H2 or PostgreSQL, not " + product);
        };
        new ResourceDatabasePopulator(new ClassPathResource("dk/samspil/ui/runtime/storage/" + script)).execute(dataSource);
    }

    /**
     * Releases every processor claim left by an earlier process that died without releasing it
     * (kill -9, power loss). Safe because this process holds the data folder's lock: one Samspil
     * at a time works on an event store, so no living process can hold a claim.
     */
    public static int releaseStaleClaims(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            return s.executeUpdate("UPDATE TokenEntry SET owner = NULL WHERE owner IS NOT NULL");
        }
    }
}
