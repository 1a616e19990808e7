package dk.samspil.projections.studies;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.samspil.domain.instrument.Item;
import dk.samspil.domain.organisation.OrganisationRegistered;
import dk.samspil.domain.organisation.OrganisationRenamed;
import dk.samspil.domain.shared.DomainJson;
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
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;

import java.io.UncheckedIOException;
import java.util.List;

/** Organisations and study structure, each fact versioned by the positions that recorded and replaced it. */
@ProcessingGroup(ReadModelBatches.PROCESSOR)
public class StructureProjection {

    private final ReadModelBatches batches;
    private final InstrumentDefinitions instruments;

    public StructureProjection(ReadModelBatches batches, InstrumentDefinitions instruments) {
        this.batches = batches;
        this.instruments = instruments;
    }

    @EventHandler
    void on(OrganisationRegistered e, TrackingToken token) {
        batches.forEvent(token).ifPresent(b -> b.append("organisation", e.tenant().value(), e.name(), position(token), null));
    }

    @EventHandler
    void on(OrganisationRenamed e, TrackingToken token) {
        long at = position(token);
        batches.forEvent(token).ifPresent(b -> {
            b.execute("UPDATE organisation SET superseded_pos = ? WHERE tenant = ? AND superseded_pos IS NULL", at, e.tenant().value());
            b.execute("INSERT INTO organisation VALUES (?, ?, ?, NULL)", e.tenant().value(), e.name(), at);
        });
    }

    @EventHandler
    void on(StudyRegistered e, TrackingToken token) {
        batches.forEvent(token).ifPresent(b -> b.append("study",
                e.study().value(), e.tenant().value(), e.title(), e.sharedTask(), e.startsOn(), position(token), null));
    }

    @EventHandler
    void on(StudyDescriptionRevised e, TrackingToken token) {
        long at = position(token);
        batches.forEvent(token).ifPresent(b -> {
            b.execute("UPDATE study SET superseded_pos = ? WHERE study = ? AND superseded_pos IS NULL", at, e.study().value());
            b.execute("INSERT INTO study SELECT study, tenant, ?, ?, ?, ?, NULL FROM study WHERE study = ? AND superseded_pos = ?",
                    e.title(), e.sharedTask(), e.startsOn(), at, e.study().value(), at);
        });
    }

    @EventHandler
    void on(UnitAdded e, TrackingToken token) {
        batches.forEvent(token).ifPresent(b -> b.append("unit",
                e.study().value(), e.unit().value(), e.name(), e.parent() == null ? null : e.parent().value(), position(token), null));
    }

    @EventHandler
    void on(UnitRenamed e, TrackingToken token) {
        long at = position(token);
        batches.forEvent(token).ifPresent(b -> {
            b.execute("UPDATE unit SET superseded_pos = ? WHERE study = ? AND unit = ? AND superseded_pos IS NULL",
                    at, e.study().value(), e.unit().value());
            b.execute("INSERT INTO unit SELECT study, unit, ?, parent, ?, NULL FROM unit WHERE study = ? AND unit = ? AND superseded_pos = ?",
                    e.name(), at, e.study().value(), e.unit().value(), at);
        });
    }

    @EventHandler
    void on(UnitMoved e, TrackingToken token) {
        long at = position(token);
        batches.forEvent(token).ifPresent(b -> {
            b.execute("UPDATE unit SET superseded_pos = ? WHERE study = ? AND unit = ? AND superseded_pos IS NULL",
                    at, e.study().value(), e.unit().value());
            b.execute("INSERT INTO unit SELECT study, unit, name, ?, ?, NULL FROM unit WHERE study = ? AND unit = ? AND superseded_pos = ?",
                    e.parent() == null ? null : e.parent().value(), at, e.study().value(), e.unit().value(), at);
        });
    }

    @EventHandler
    void on(GroupAdded e, TrackingToken token) {
        batches.forEvent(token).ifPresent(b -> b.append("grp", e.study().value(), e.group().value(), e.name(), position(token), null));
    }

    @EventHandler
    void on(GroupRenamed e, TrackingToken token) {
        long at = position(token);
        batches.forEvent(token).ifPresent(b -> {
            b.execute("UPDATE grp SET superseded_pos = ? WHERE study = ? AND grp = ? AND superseded_pos IS NULL",
                    at, e.study().value(), e.group().value());
            b.execute("INSERT INTO grp VALUES (?, ?, ?, ?, NULL)", e.study().value(), e.group().value(), e.name(), at);
        });
    }

    @EventHandler
    void on(WaveScheduled e, TrackingToken token) {
        batches.forEvent(token).ifPresent(b -> b.append("wave",
                e.study().value(), e.wave().value(), e.label(), e.opensOn(), e.closesOn(), position(token), null));
    }

    @EventHandler
    void on(WaveRescheduled e, TrackingToken token) {
        long at = position(token);
        batches.forEvent(token).ifPresent(b -> {
            b.execute("UPDATE wave SET superseded_pos = ? WHERE study = ? AND wave = ? AND superseded_pos IS NULL",
                    at, e.study().value(), e.wave().value());
            b.execute("INSERT INTO wave VALUES (?, ?, ?, ?, ?, ?, NULL)",
                    e.study().value(), e.wave().value(), e.label(), e.opensOn(), e.closesOn(), at);
        });
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

    @ResetHandler
    void reset() {
        instruments.clear();
        batches.reset();
    }

    private static String json(InstrumentAdopted e) {
        try {
            return DomainJson.mapper().writeValueAsString(e.instrument());
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("token without a position: " + token));
    }
}
