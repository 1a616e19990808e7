package dk.samspil.ui.runtime.config;

import dk.samspil.ui.runtime.settings.SamspilProperties;

import dk.samspil.ui.runtime.readmodel.ReadModelPosition;
import dk.samspil.ui.runtime.readmodel.ReadModelSync;
import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.exports.ResearchExporter;
import dk.samspil.exports.partner.PartnerSecrets;
import dk.samspil.projections.ReadModel;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.analysis.Analyses;
import dk.samspil.projections.history.EventLogQuery;
import dk.samspil.projections.matrix.CaseMatrixQuery;
import dk.samspil.projections.matrix.GivenReceivedQuery;
import dk.samspil.projections.matrix.RelationMatrixQuery;
import dk.samspil.projections.outcomes.OutcomeSeriesQuery;
import dk.samspil.projections.profile.DimensionProfileQuery;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.studies.InstrumentDefinitions;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.timeline.TimelineQuery;
import dk.samspil.projections.units.UnitIndexQuery;
import dk.samspil.projections.attributes.AttributeDefinitions;
import dk.samspil.ui.runtime.storage.DataDirectory;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.serialization.Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.sql.SQLException;

/** The DuckDB read model, its handlers registered with the read-model processor, and the queries and exports over it. */
@Configuration(proxyBeanMethods = false)
public class ReadModelConfiguration {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReadModelConfiguration.class);

    @Bean(destroyMethod = "close")
    ReadModel readModel(DataDirectory data, PersonVault vault, Serializer serializer, SamspilProperties properties)
            throws SQLException, java.io.IOException {
        ReadModel readModel = ReadModel.open(data.readModel(), vault, serializer, properties.readModelMemory());
        java.util.OptionalLong erasure = readModel.erasurePending();
        if (erasure.isEmpty()) {
            return readModel;
        }
        // a process stopped before its rebuild after an erasure finished (or the file was copied from one): it may hold the person
        LOG.warn("the read model {} applied the erasure at position {} before it was rebuilt without the person: starting a new one",
                data.readModel().getFileName(), erasure.getAsLong());
        readModel.close();
        java.nio.file.Path fresh = data.nextReadModel();
        ReadModel empty = ReadModel.open(fresh, vault, serializer, properties.readModelMemory());
        data.promote(fresh);
        return empty;
    }

    /** Marker that the read-model processor's token has been set to the read model's own position. */
    public static final class Aligned {
    }

    @Bean
    Aligned readModelPositionAligned(ReadModel readModel, org.axonframework.eventhandling.tokenstore.TokenStore tokens,
                                     org.axonframework.common.transaction.TransactionManager transactions,
                                     org.axonframework.eventsourcing.eventstore.EventStorageEngine events) {
        ReadModelPosition.forgetLostEvents(readModel, events);
        ReadModelPosition.align(readModel, tokens, transactions);
        return new Aligned();
    }

    @Bean
    ConfigurerModule readModelHandlers(ReadModel readModel, dk.samspil.ui.app.erasure.ErasedOnEveryNode erasures) {
        // the handlers carry @ProcessingGroup(dk.samspil.projections.store.ReadModelBatches#PROCESSOR), which places them in that processor
        return configurer -> configurer.eventProcessing(processing -> {
            readModel.handlers().forEach(handler -> processing.registerEventHandler(config -> handler));
            processing.registerEventHandler(config -> erasures);
        });
    }

    @Bean
    dk.samspil.ui.app.erasure.ErasedOnEveryNode erasedOnEveryNode(PersonVault vault, ReadModel readModel,
                                                                 org.springframework.beans.factory.ObjectProvider<dk.samspil.ui.app.replay.OnlineRebuild> rebuilds) {
        return new dk.samspil.ui.app.erasure.ErasedOnEveryNode(vault, readModel, rebuilds);
    }

    @Bean
    ReadModelStore readModelStore(ReadModel readModel) {
        return readModel.store();
    }

    @Bean
    Positions positions(ReadModel readModel) {
        return readModel.positions();
    }

    @Bean
    InstrumentDefinitions instrumentDefinitions(ReadModel readModel) {
        return readModel.instruments();
    }

    @Bean
    StudyCatalog studyCatalog(ReadModel readModel) {
        return readModel.catalog();
    }

    @Bean
    Analyses analyses(ReadModel readModel) {
        return readModel.analyses();
    }

    @Bean
    RelationMatrixQuery relationMatrixQuery(ReadModel readModel) {
        return readModel.matrices();
    }

    @Bean
    AttributeDefinitions attributeDefinitions(ReadModel readModel) {
        return readModel.attributes();
    }

    @Bean
    UnitIndexQuery unitIndexQuery(ReadModel readModel) {
        return readModel.units();
    }

    @Bean
    DimensionProfileQuery dimensionProfileQuery(ReadModel readModel) {
        return readModel.profiles();
    }

    @Bean
    CaseMatrixQuery caseMatrixQuery(ReadModel readModel) {
        return readModel.caseMatrices();
    }

    @Bean
    GivenReceivedQuery givenReceivedQuery(ReadModel readModel) {
        return readModel.givenReceived();
    }

    @Bean
    OutcomeSeriesQuery outcomeSeriesQuery(ReadModel readModel) {
        return readModel.outcomes();
    }

    @Bean
    TimelineQuery timelineQuery(ReadModel readModel) {
        return readModel.timeline();
    }

    @Bean
    dk.samspil.projections.release.Releases releases(ReadModel readModel) {
        return readModel.releases();
    }

    @Bean
    dk.samspil.projections.access.PersonLevelGrants personLevelGrants(ReadModel readModel) {
        return readModel.personLevelGrants();
    }

    @Bean
    EventLogQuery eventLogQuery(ReadModel readModel) {
        return readModel.log();
    }

    @Bean
    ReadModelSync readModelSync(org.axonframework.eventsourcing.eventstore.EventStore events, ReadModel readModel,
                                org.axonframework.config.EventProcessingConfiguration processing) {
        return new ReadModelSync(events, readModel.batches(), processing);
    }

    @Bean
    dk.samspil.ui.runtime.readmodel.Readiness readiness(ReadModelSync sync) {
        return new dk.samspil.ui.runtime.readmodel.Readiness(sync);
    }

    @Bean
    ResearchExporter researchExporter(ReadModel readModel, PartnerSecrets secrets, SamspilProperties properties) {
        String version = ResearchExporter.class.getPackage().getImplementationVersion();
        return new ResearchExporter(readModel, secrets,
                "samspil " + (version == null ? "development build" : version), properties.k());
    }
}
