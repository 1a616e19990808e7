package dk.samspil.projections.studies;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.shared.DomainJson;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.projections.store.ReadModelStore;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The instrument versions each study adopted, as recorded in its history. */
public final class InstrumentDefinitions {

    private final ReadModelStore store;
    private final Map<String, Instrument> cache = new ConcurrentHashMap<>();

    public InstrumentDefinitions(ReadModelStore store) {
        this.store = store;
    }

    /** Remembers a definition as soon as its event is handled, before its batch is written. */
    public void adopted(StudyId study, Instrument instrument) {
        cache.put(key(study, instrument.ref()), instrument);
    }

    public Optional<Instrument> find(StudyId study, InstrumentRef ref) {
        Instrument cached = cache.get(key(study, ref));
        if (cached != null) {
            return Optional.of(cached);
        }
        try (Connection c = store.connection();
             PreparedStatement s = c.prepareStatement("SELECT definition FROM instrument WHERE study = ? AND instrument = ?")) {
            s.setString(1, study.value());
            s.setString(2, ref.toString());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Instrument instrument = DomainJson.mapper().readValue(r.getString(1), Instrument.class);
                cache.put(key(study, ref), instrument);
                return Optional.of(instrument);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot read instrument " + ref + " of study " + study, e);
        }
    }

    /** @throws IllegalArgumentException when the study has not adopted the instrument */
    public Instrument require(StudyId study, InstrumentRef ref) {
        return find(study, ref).orElseThrow(() -> new IllegalArgumentException("study " + study + " has no instrument " + ref));
    }

    public void clear() {
        cache.clear();
    }

    private static String key(StudyId study, InstrumentRef ref) {
        return study + "/" + ref;
    }
}
