package dk.samspil.projections.matrix;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.store.Figure;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Given against received per group, between groups only. */
public final class GivenReceivedQuery {

    private final ReadModelStore store;
    private final Positions positions;

    public GivenReceivedQuery(ReadModelStore store, Positions positions) {
        this.store = store;
        this.positions = positions;
    }

    public GivenReceived givenReceived(StudyId study, WaveKey wave, InstrumentRef instrument, AsOf asOf, int k) {
        long position = positions.resolve(asOf);
        List<GivenReceived.Group> groups = new ArrayList<>();
        try (Connection c = store.connection(); PreparedStatement s = c.prepareStatement(Sql.load("given_received.sql"))) {
            int i = 1;
            s.setString(i++, study.value());
            s.setString(i++, wave.value());
            s.setString(i++, instrument.toString());
            s.setLong(i++, position);
            s.setLong(i++, position);
            s.setString(i++, study.value());
            s.setString(i++, wave.value());
            s.setString(i, instrument.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    groups.add(new GivenReceived.Group(r.getString("grp"),
                            Figure.of((Double) r.getObject("given_mean"), r.getInt("given_n"), k),
                            Figure.of((Double) r.getObject("received_mean"), r.getInt("received_n"), k)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("given/received query failed for " + study + " " + wave + " " + instrument, e);
        }
        return new GivenReceived(study, wave, instrument, position, k, groups);
    }
}
