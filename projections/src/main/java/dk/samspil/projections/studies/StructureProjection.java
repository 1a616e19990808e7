package dk.samspil.projections.studies;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.samspil.domain.instrument.Item;
import dk.samspil.domain.organisation.OrganisationRegistered;
import dk.samspil.domain.organisation.OrganisationRenamed;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.study.AttributeDefined;
import dk.samspil.domain.study.GroupSiloStated;
import dk.samspil.domain.study.StudyCitationStated;
import dk.samspil.domain.study.GroupAdded;
import dk.samspil.domain.study.GroupRenamed;
import dk.samspil.domain.study.InstrumentAdopted;
import dk.samspil.domain.study.RelationMapped;
import dk.samspil.domain.study.StudyDescriptionRevised;
import dk.samspil.domain.study.StudyRegistered;
import dk.samspil.domain.study.UnitAdded;
import dk.samspil.domain.study.UnitMoved;
import dk.samspil.domain.study.UnitRenamed;
import dk.samspil.domain.study.WaveRescheduled;
import dk.samspil.domain.study.WaveScheduled;
import dk.samspil.projections.store.ReadModelBatch;
import dk.samspil.projections.store.ReadModelBatches;
import dk.samspil.projections.store.Sql;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;

import java.io.UncheckedIOException;
import java.util.List;

/** Organisations and study structure, each fact versioned by the positions that recorded and replaced it. */
@ProcessingGroup(ReadModelBatches.PROCESSOR)
public class StructureProjection {

    private static final String SQL = "structure.sql";

    private final ReadModelBatches batches;
    private final InstrumentDefinitions instruments;

    public StructureProjection(ReadModelBatches batches, InstrumentDefinitions instruments) {
        this.batches = batches;
        this.instruments = instruments;
    }

    @EventHandler
    void on(OrganisationRegistered e, TrackingToken token) {
        firstVersion(token, "organisation", e.tenant().value(), e.name());
    }

    @EventHandler
    void on(OrganisationRenamed e, TrackingToken token) {
        revise(token, "organisation", "organisation_renamed", List.of(e.tenant().value()), e.name());
    }

    @EventHandler
    void on(StudyRegistered e, TrackingToken token) {
        firstVersion(token, "study", e.study().value(), e.tenant().value(), e.title(), e.sharedTask(), e.startsOn());
    }

    @EventHandler
    void on(StudyDescriptionRevised e, TrackingToken token) {
        revise(token, "study", "study_revised", List.of(e.study().value()), e.title(), e.sharedTask(), e.startsOn());
    }

    @EventHandler
    void on(UnitAdded e, TrackingToken token) {
        firstVersion(token, "unit", e.study().value(), e.unit().value(), e.name(), e.parent() == null ? null : e.parent().value());
    }

    @EventHandler
    void on(UnitRenamed e, TrackingToken token) {
        revise(token, "unit", "unit_renamed", List.of(e.study().value(), e.unit().value()), e.name());
    }

    @EventHandler
    void on(UnitMoved e, TrackingToken token) {
        revise(token, "unit", "unit_moved", List.of(e.study().value(), e.unit().value()), e.parent() == null ? null : e.parent().value());
    }

    @EventHandler
    void on(GroupAdded e, TrackingToken token) {
        firstVersion(token, "grp", e.study().value(), e.group().value(), e.name());
    }

    @EventHandler
    void on(GroupRenamed e, TrackingToken token) {
        revise(token, "grp", "grp_renamed", List.of(e.study().value(), e.group().value()), e.name());
    }

    @EventHandler
    void on(WaveScheduled e, TrackingToken token) {
        firstVersion(token, "wave", e.study().value(), e.wave().value(), e.label(), e.opensOn(), e.closesOn());
    }

    @EventHandler
    void on(WaveRescheduled e, TrackingToken token) {
        revise(token, "wave", "wave_rescheduled", List.of(e.study().value(), e.wave().value()), e.label(), e.opensOn(), e.closesOn());
    }

    @EventHandler
    void on(InstrumentAdopted e, TrackingToken token) {
        instruments.adopted(e.study(), e.instrument());
        batches.forEvent(token).ifPresent(b -> {
            b.append("instrument",
                    e.study().value(), e.instrument().ref().toString(), e.instrument().relational(), json(e), position(token));
            List<Item> items = e.instrument().items();
            for (int idx = 0; idx < items.size(); idx++) {
                b.append("instrument_item", e.study().value(), e.instrument().ref().toString(),
                        (short) idx, items.get(idx).key().value(), items.get(idx).dimension());
            }
        });
    }

    @EventHandler
    void on(RelationMapped e, TrackingToken token) {
        long at = position(token);
        batches.forEvent(token).ifPresent(b -> {
            b.supersede(ReadModelBatch.Versioned.RELATION, e.study().value() + "|" + e.from().value() + "|" + e.to().value(), at);
            b.append("relation", e.study().value(), e.from().value(), e.to().value(), e.importance().key(), at, null);
        });
    }

    @EventHandler
    void on(AttributeDefined e, TrackingToken token) {
        long at = position(token);
        batches.forEvent(token).ifPresent(b -> {
            b.supersede(ReadModelBatch.Versioned.STUDY_ATTRIBUTE, e.study().value() + "|" + e.attribute().key().value(), at);
            b.append("study_attribute", e.study().value(), e.attribute().key().value(), e.attribute().appliesTo().key(),
                    json(e.attribute()), at, null);
        });
    }

    @EventHandler
    void on(StudyCitationStated e, TrackingToken token) {
        batches.forEvent(token).ifPresent(b -> b.append("study_citation", position(token), e.study().value(), json(e.authors()),
                e.producer(), e.distributor()));
    }

    @EventHandler
    void on(GroupSiloStated e, TrackingToken token) {
        batches.forEvent(token).ifPresent(b -> b.append("group_silo", position(token), e.study().value(), e.group().value(), e.silo()));
    }

    @ResetHandler
    void reset() {
        instruments.clear();
        batches.reset();
    }

    /** The first version of a fact of {@code table}: its columns, then the event's position, and not superseded yet. */
    private void firstVersion(TrackingToken token, String table, Object... columns) {
        Object[] row = java.util.Arrays.copyOf(columns, columns.length + 2);
        row[columns.length] = position(token);
        batches.forEvent(token).ifPresent(b -> b.append(table, row));
    }

    /** The event revises a fact of {@code table}: its current row is superseded, and {@code next} records the new version. */
    private void revise(TrackingToken token, String table, String next, List<String> key, Object... values) {
        batches.forEvent(token).ifPresent(b -> b.revise(Sql.statement(SQL, table + "_superseded"), Sql.statement(SQL, next),
                position(token), key, values));
    }

    private static String json(InstrumentAdopted e) {
        return json((Object) e.instrument());
    }

    private static String json(Object definition) {
        try {
            return DomainJson.mapper().writeValueAsString(definition);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("token without a position: " + token));
    }
}
