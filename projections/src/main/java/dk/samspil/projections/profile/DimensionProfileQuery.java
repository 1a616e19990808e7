package dk.samspil.projections.profile;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.instrument.Item;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.store.Figure;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;
import dk.samspil.projections.studies.InstrumentDefinitions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dimension profiles: the bar chart of an instrument's items. */
public final class DimensionProfileQuery {

    private final ReadModelStore store;
    private final Positions positions;
    private final InstrumentDefinitions instruments;

    public DimensionProfileQuery(ReadModelStore store, Positions positions, InstrumentDefinitions instruments) {
        this.store = store;
        this.positions = positions;
        this.instruments = instruments;
    }

    /** @param raterGroup null for every group; {@code targetGroup} likewise (only for relational instruments) */
    public DimensionProfile profile(StudyId study, WaveKey wave, InstrumentRef ref, String raterGroup, String targetGroup,
                                    AsOf asOf, int k) {
        Instrument instrument = instruments.find(study, ref).orElseThrow(() ->
                new IllegalArgumentException("study " + study + " has no instrument " + ref));
        if (targetGroup != null && !instrument.relational()) {
            throw new IllegalArgumentException(ref + " does not rate groups, so it has no profile per target group");
        }
        long position = positions.resolve(asOf);
        Map<String, Figure> byItem = new HashMap<>();
        try (Connection c = store.connection(); PreparedStatement s = c.prepareStatement(Sql.load("profile.sql"))) {
            int i = 1;
            s.setString(i++, study.value());
            s.setString(i++, wave.value());
            s.setString(i++, ref.toString());
            s.setLong(i++, position);
            s.setLong(i++, position);
            s.setString(i++, study.value());
            s.setString(i++, wave.value());
            s.setString(i++, ref.toString());
            s.setString(i++, raterGroup);
            s.setString(i++, raterGroup);
            s.setString(i++, targetGroup);
            s.setString(i, targetGroup);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byItem.put(r.getString("item"), Figure.of(r.getDouble("mean"), r.getInt("n"), k));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("profile query failed for " + study + " " + wave + " " + ref, e);
        }
        List<DimensionProfile.ItemMean> items = new ArrayList<>();
        for (Item item : instrument.items()) {
            Figure figure = byItem.getOrDefault(item.key().value(), Figure.of(null, 0, k));
            items.add(new DimensionProfile.ItemMean(item.key().value(), item.dimension(), item.label().da(), item.label().en(),
                    figure.mean(), figure.n(), figure.suppressed()));
        }
        return new DimensionProfile(study, wave, ref, raterGroup, targetGroup, position, k, items);
    }
}
