package dk.samspil.ui.runtime.config;

import dk.samspil.ui.runtime.settings.SamspilProperties;

import dk.samspil.domain.privacy.PersonKeyStore;
import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.exports.partner.PartnerSecrets;
import dk.samspil.ui.app.accounts.ApiTokens;
import dk.samspil.ui.app.accounts.UserAccounts;
import dk.samspil.ui.runtime.storage.DataDirectory;
import dk.samspil.ui.runtime.storage.EventStoreSchema;
import dk.samspil.ui.runtime.storage.JdbcPartnerSecrets;
import dk.samspil.ui.runtime.storage.JdbcPersonKeyStore;
import dk.samspil.ui.runtime.storage.KeyStorageCompaction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;

/** The data folder, the event-store schema and the secrets kept beside the events. */
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

    @Bean(destroyMethod = "close")
    DataDirectory dataDirectory(SamspilProperties properties) throws IOException {
        return DataDirectory.acquire(properties.data());
    }

    /** Marker that the event-store tables exist; storage beans depend on it. */
    @Bean
    EventStoreReady eventStoreReady(DataSource dataSource, DataDirectory lockHeld) throws SQLException {
        EventStoreSchema.ensure(dataSource);
        return new EventStoreReady();
    }

    @Bean
    KeyStorageCompaction keyStorageCompaction(DataSource dataSource, DataDirectory data) {
        return new KeyStorageCompaction(dataSource, data.root());
    }

    @Bean
    PersonKeyStore personKeyStore(DataSource dataSource, EventStoreReady ready) {
        return new JdbcPersonKeyStore(dataSource);
    }

    @Bean
    PersonVault personVault(PersonKeyStore keys) {
        return new PersonVault(keys);
    }

    @Bean
    UserAccounts userAccounts(DataSource dataSource, EventStoreReady ready) {
        return new UserAccounts(dataSource);
    }

    @Bean
    ApiTokens apiTokens(DataSource dataSource, UserAccounts accounts, Clock clock, EventStoreReady ready) {
        return new ApiTokens(dataSource, accounts, clock);
    }

    @Bean
    PartnerSecrets partnerSecrets(DataSource dataSource, EventStoreReady ready) {
        return new JdbcPartnerSecrets(dataSource);
    }

    /** Present once the event-store schema has been created. */
    public static final class EventStoreReady {
    }
}
