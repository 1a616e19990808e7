package dk.samspil.ui.config;

import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.exports.ResearchExporter;
import dk.samspil.exports.partner.PartnerSecrets;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.history.EventLogProjection;
import dk.samspil.projections.history.EventLogQuery;
import dk.samspil.projections.matrix.GivenReceivedQuery;
import dk.samspil.projections.matrix.RelationMatrixQuery;
import dk.samspil.projections.outcomes.OutcomeSeriesQuery;
import dk.samspil.projections.profile.DimensionProfileQuery;
import dk.samspil.projections.timeline.TimelineQuery;
import dk.samspil.projections.units.UnitIndexQuery;
import dk.samspil.projections.outcomes.OutcomeProjection;
import dk.samspil.projections.timeline.TimelineProjection;
import dk.samspil.projections.responses.SubmissionProjection;
import dk.samspil.projections.store.ReadModelBatches;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.ReadModelWriter;
import dk.samspil.projections.studies.InstrumentDefinitions;
import dk.samspil.projections.studies.StructureProjection;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.ui.storage.DataDirectory;
import org.axonframework.serialization.Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.sql.SQLException;

/** The DuckDB read model, the handlers that fill it, and the queries and exports over it. */
@Configuration(proxyBeanMethods = false)
public class ReadModelConfiguration {

    @Bean(destroyMethod = "close")
    ReadModelStore readModelStore(DataDirectory data) throws SQLException {
        return ReadModelStore.open(data.readModel());
    }

    @Bean(destroyMethod = "close")
    ReadModelWriter readModelWriter(ReadModelStore store) throws SQLException {
        return new ReadModelWriter(store);
    }

    @Bean
    ReadModelBatches readModelBatches(ReadModelWriter writer, Serializer serializer) throws SQLException {
        return new ReadModelBatches(writer, serializer);
    }

    @Bean
    InstrumentDefinitions instrumentDefinitions(ReadModelStore store) {
        return new InstrumentDefinitions(store);
    }

    @Bean
    StructureProjection structureProjection(ReadModelBatches batches, InstrumentDefinitions instruments) {
        return new StructureProjection(batches, instruments);
    }

    @Bean
    SubmissionProjection submissionProjection(ReadModelBatches batches, PersonVault vault, InstrumentDefinitions instruments) {
        return new SubmissionProjection(batches, vault, instruments);
    }

    @Bean
    TimelineProjection timelineProjection(ReadModelBatches batches) {
        return new TimelineProjection(batches);
    }

    @Bean
    OutcomeProjection outcomeProjection(ReadModelBatches batches, PersonVault vault) {
        return new OutcomeProjection(batches, vault);
    }

    @Bean
    EventLogProjection eventLogProjection(ReadModelBatches batches) {
        return new EventLogProjection(batches);
    }

    @Bean
    Positions positions(ReadModelStore store) {
        return new Positions(store);
    }

    @Bean
    RelationMatrixQuery relationMatrixQuery(ReadModelStore store, Positions positions, InstrumentDefinitions instruments) {
        return new RelationMatrixQuery(store, positions, instruments);
    }

    @Bean
    UnitIndexQuery unitIndexQuery(ReadModelStore store, Positions positions, InstrumentDefinitions instruments) {
        return new UnitIndexQuery(store, positions, instruments);
    }

    @Bean
    DimensionProfileQuery dimensionProfileQuery(ReadModelStore store, Positions positions, InstrumentDefinitions instruments) {
        return new DimensionProfileQuery(store, positions, instruments);
    }

    @Bean
    GivenReceivedQuery givenReceivedQuery(ReadModelStore store, Positions positions) {
        return new GivenReceivedQuery(store, positions);
    }

    @Bean
    OutcomeSeriesQuery outcomeSeriesQuery(ReadModelStore store, Positions positions) {
        return new OutcomeSeriesQuery(store, positions);
    }

    @Bean
    TimelineQuery timelineQuery(ReadModelStore store, Positions positions) {
        return new TimelineQuery(store, positions);
    }

    @Bean
    StudyCatalog studyCatalog(ReadModelStore store, Positions positions) {
        return new StudyCatalog(store, positions);
    }

    @Bean
    EventLogQuery eventLogQuery(ReadModelStore store) {
        return new EventLogQuery(store);
    }

    @Bean
    ReadModelSync readModelSync(org.axonframework.eventsourcing.eventstore.EventStore events, Positions positions,
                                org.axonframework.config.EventProcessingConfiguration processing) {
        return new ReadModelSync(events, positions, processing);
    }

    @Bean
    ResearchExporter researchExporter(ReadModelStore store, Positions positions, StudyCatalog catalog,
                                      RelationMatrixQuery matrices, PartnerSecrets secrets) {
        String version = ResearchExporter.class.getPackage().getImplementationVersion();
        return new ResearchExporter(store, positions, catalog, matrices, secrets,
                "samspil " + (version == null ? "development build" : version));
    }
}
