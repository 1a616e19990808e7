package dk.samspil.ui.runtime.config;

import dk.samspil.ui.runtime.readmodel.ReadModelSync;

import com.fasterxml.jackson.databind.DeserializationFeature;
import dk.samspil.domain.organisation.Organisation;
import dk.samspil.domain.attribute.PersonAttributes;
import dk.samspil.domain.outcome.CitizenOutcomes;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.study.Study;
import dk.samspil.domain.submission.Submission;
import dk.samspil.projections.store.ReadModelBatches;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import dk.samspil.ui.runtime.storage.DuplicateKeys;
import dk.samspil.ui.runtime.storage.JdbcEvents;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon without Axon Server: JDBC event store (H2 embedded, or PostgreSQL), Jackson for
 * records, the aggregates, and one tracking processor that writes the read model in batches.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    @Bean
    @Primary
    Serializer serializer() {
        return jackson();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return jackson();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return jackson();
    }

    private static Serializer jackson() {
        // lenient on unknown fields, so history written by a newer version still reads
        return JacksonSerializer.builder()
                .objectMapper(DomainJson.newMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
                .build();
    }

    /* Axon 4's JDBC and transaction auto-configuration wait for Spring Boot 3's DataSource classes,
       which Boot 4 renamed, so the JDBC pieces are declared here. */

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions);
    }

    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /**
     * Each node's read-model position is its own, kept in its own read-model file
     * (ReadModelPosition.align puts it here at start): a token store shared in the database would
     * let one node apply the events and leave the others' read models behind.
     */
    @Bean
    TokenStore tokenStore() {
        return new InMemoryTokenStore();
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateKeys();
    }

    @Bean
    EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer, Serializer serializer,
                                          ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                          org.axonframework.config.Configuration configuration,
                                          @Value("${samspil.event-store.max-gap-offset:10000}") int maxGapOffset,
                                          @Value("${samspil.event-store.gap-timeout-ms:60000}") int gapTimeout,
                                          StorageConfiguration.EventStoreReady ready) {
        return JdbcEvents.engine(eventSerializer, serializer, configuration.upcasterChain(), connectionProvider, transactionManager,
                ReadModelSync.STREAM_BATCH, new JdbcEvents.Gaps(maxGapOffset, gapTimeout, true));
    }

    /** The event store; one processor reads it, so the shared producer thread that feeds many processors is left out. */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(org.axonframework.eventhandling.EventBusSpanFactory.class))
                .optimizeEventConsumption(false)
                .build();
    }

    @Bean
    ConfigurerModule aggregates() {
        return configurer -> configurer
                .configureAggregate(Organisation.class)
                .configureAggregate(Study.class)
                .configureAggregate(Submission.class)
                .configureAggregate(CitizenOutcomes.class)
                .configureAggregate(PersonAttributes.class);
    }

    /**
     * One tracking processor writes the whole read model, one batch per transaction.
     * A rebuild (samspil.read-model.auto-start=false) starts it only after resetting its token.
     * Events this node appends wake it at once; other nodes' events it finds by asking the store every
     * {@code samspil.event-store.poll-ms} (200 ms), which bounds how far one node trails another.
     */
    @Bean
    ConfigurerModule readModelProcessor(@Value("${samspil.read-model.auto-start:true}") boolean autoStart,
                                        @Value("${samspil.event-store.poll-ms:200}") long pollMillis) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(ReadModelBatches.PROCESSOR,
                        org.axonframework.config.Configuration::eventStore,
                        config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(ReadModelSync.STREAM_BATCH).andInitialSegmentsCount(1).andAutoStart(autoStart)
                                .andEventAvailabilityTimeout(pollMillis, java.util.concurrent.TimeUnit.MILLISECONDS)));
    }
}
