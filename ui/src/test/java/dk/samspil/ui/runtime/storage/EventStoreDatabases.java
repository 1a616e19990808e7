package dk.samspil.ui.runtime.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.SQLException;
import java.util.UUID;

/** The two databases the event store runs on, each with Samspil's tables, for tests parameterised by "h2" and "postgresql". */
public final class EventStoreDatabases implements AutoCloseable {

    private final DataSource h2;
    private final EmbeddedPostgres postgres;

    private EventStoreDatabases(DataSource h2, EmbeddedPostgres postgres) {
        this.h2 = h2;
        this.postgres = postgres;
    }

    public static EventStoreDatabases start() throws IOException, SQLException {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:store-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        EventStoreSchema.ensure(memory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        EventStoreSchema.ensure(postgres.getPostgresDatabase());
        return new EventStoreDatabases(memory, postgres);
    }

    /** @param name "h2" or "postgresql" */
    public DataSource get(String name) {
        return name.equals("h2") ? h2 : postgres.getPostgresDatabase();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
