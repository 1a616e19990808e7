package dk.samspil.projections;

import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.projections.analysis.Analyses;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.exports.PastExportsQuery;
import dk.samspil.projections.access.PersonLevelGrantProjection;
import dk.samspil.projections.access.PersonLevelGrants;
import dk.samspil.projections.exports.ResearchExportProjection;
import dk.samspil.projections.history.EventLogProjection;
import dk.samspil.projections.history.EventLogQuery;
import dk.samspil.projections.matrix.CaseMatrixQuery;
import dk.samspil.projections.matrix.GivenReceivedQuery;
import dk.samspil.projections.matrix.RelationMatrixQuery;
import dk.samspil.projections.attributes.AttributeDefinitions;
import dk.samspil.projections.attributes.AttributeProjection;
import dk.samspil.projections.outcomes.OutcomeProjection;
import dk.samspil.projections.overview.RelationRatersQuery;
import dk.samspil.projections.outcomes.OutcomeSeriesQuery;
import dk.samspil.projections.profile.DimensionProfileQuery;
import dk.samspil.projections.responses.SubmissionProjection;
import dk.samspil.projections.store.ReadModelBatches;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.ReadModelWriter;
import dk.samspil.projections.studies.InstrumentDefinitions;
import dk.samspil.projections.studies.StructureProjection;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.release.ReleaseCandidates;
import dk.samspil.projections.release.ReleaseProjection;
import dk.samspil.projections.release.Releases;
import dk.samspil.projections.timeline.TimelineProjection;
import dk.samspil.projections.timeline.TimelineQuery;
import dk.samspil.projections.units.UnitIndexQuery;
import org.axonframework.serialization.Serializer;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;

/**
 * The whole read model in one place: its DuckDB store, the event handlers that fill it (all in
 * the processing group {@link ReadModelBatches#PROCESSOR}) and the queries over it.
 */
public final class ReadModel implements AutoCloseable {

    private final ReadModelStore store;
    private final ReadModelWriter writer;
    private final ReadModelBatches batches;
    private final InstrumentDefinitions instruments;
    private final Positions positions;
    private final List<Object> handlers;
    private final Releases releases;

    private ReadModel(ReadModelStore store, PersonVault vault, Serializer serializer) throws SQLException {
        this.store = store;
        this.writer = new ReadModelWriter(store);
        this.batches = new ReadModelBatches(writer, serializer);
        this.instruments = new InstrumentDefinitions(store);
        this.positions = new Positions(store);
        this.releases = new Releases(store, positions, new ReleaseCandidates(store, matrices(), givenReceived(), units(), outcomes()));
        this.handlers = List.of(new StructureProjection(batches, instruments), new SubmissionProjection(batches, vault, instruments),
                new TimelineProjection(batches), new OutcomeProjection(batches, vault), new AttributeProjection(batches, vault),
                new ResearchExportProjection(batches), new ReleaseProjection(batches), new PersonLevelGrantProjection(batches), new EventLogProjection(batches));
    }

    /** Opens the read model in a DuckDB file, or in memory when {@code file} is null. */
    public static ReadModel open(Path file, PersonVault vault, Serializer serializer) throws SQLException {
        return open(file, vault, serializer, ReadModelStore.DEFAULT_MEMORY);
    }

    /** @param memoryLimit what DuckDB may hold in memory before it spills to disk, e.g. 1GB */
    public static ReadModel open(Path file, PersonVault vault, Serializer serializer, String memoryLimit) throws SQLException {
        return new ReadModel(ReadModelStore.open(file, memoryLimit), vault, serializer);
    }

    /** The event handlers to register with the processor {@link ReadModelBatches#PROCESSOR}. */
    public List<Object> handlers() {
        return handlers;
    }

    /** Where the read model stands, written batch by batch. */
    public ReadModelBatches batches() {
        return batches;
    }

    public ReadModelStore store() {
        return store;
    }

    public Positions positions() {
        return positions;
    }

    public InstrumentDefinitions instruments() {
        return instruments;
    }

    public StudyCatalog catalog() {
        return new StudyCatalog(store, positions);
    }

    public RelationMatrixQuery matrices() {
        return new RelationMatrixQuery(store, positions, instruments);
    }

    /** The studies' background attributes as defined at a moment. */
    public AttributeDefinitions attributes() {
        return new AttributeDefinitions(store);
    }

    public UnitIndexQuery units() {
        return new UnitIndexQuery(store, positions, instruments);
    }

    public DimensionProfileQuery profiles() {
        return new DimensionProfileQuery(store, positions, instruments);
    }

    public CaseMatrixQuery caseMatrices() {
        return new CaseMatrixQuery(store, positions);
    }

    public GivenReceivedQuery givenReceived() {
        return new GivenReceivedQuery(store, positions);
    }

    public OutcomeSeriesQuery outcomes() {
        return new OutcomeSeriesQuery(store, positions);
    }

    public TimelineQuery timeline() {
        return new TimelineQuery(store, positions);
    }

    /** Release points and what each shows to those who see figures only there. */
    public Releases releases() {
        return releases;
    }

    /** Which organisations' person-level data each researcher may read. */
    public PersonLevelGrants personLevelGrants() {
        return new PersonLevelGrants(store);
    }

    public Analyses analyses() {
        return new Analyses(store, positions, instruments);
    }

    public PastExportsQuery exports() {
        return new PastExportsQuery(store);
    }

    public RelationRatersQuery raters() {
        return new RelationRatersQuery(store);
    }

    public EventLogQuery log() {
        return new EventLogQuery(store);
    }

    /** Notes in the file that it applied an erasure after it was begun: it is rebuilt before it is served again. */
    public void erasureApplied(long position) throws SQLException {
        writer.erasureApplied(position);
    }

    /** The position of an erasure this file applied after it was begun; it may hold the person's rows. */
    public OptionalLong erasurePending() throws SQLException {
        return writer.erasurePending();
    }

    /**
     * Serves and writes another read-model file from now on, one built beside this one from the
     * same events. The handlers must be idle: the processor that feeds them is stopped.
     */
    public synchronized void switchTo(Path file) throws SQLException {
        batches.drain();
        store.switchTo(file);
        writer.reconnect();
        instruments.clear();
        batches.reload();
    }

    @Override
    public void close() throws SQLException {
        batches.close();
        writer.close();
        store.close();
    }
}
