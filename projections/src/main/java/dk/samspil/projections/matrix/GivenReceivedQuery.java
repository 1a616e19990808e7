package dk.samspil.projections.matrix;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.store.Figure;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;

import java.util.List;

/** Given against received per group, between groups only. */
public record GivenReceivedQuery(ReadModelStore store, Positions positions) {

    public GivenReceived givenReceived(StudyId study, WaveKey wave, InstrumentRef instrument, AsOf asOf, int k) {
        return givenReceived(study, wave, instrument, null, asOf, k);
    }

    /** Given vs received among the respondents of one unit and the units below it; {@code unit} null for all. */
    public GivenReceived givenReceived(StudyId study, WaveKey wave, InstrumentRef instrument, String unit, AsOf asOf, int k) {
        long position = positions.resolve(asOf);
        List<GivenReceived.Group> groups = store.query(Sql.load("given_received.sql"),
                "given/received query failed for " + study + " " + wave + " " + instrument,
                r -> new GivenReceived.Group(r.getString("grp"),
                        Figure.of((Double) r.getObject("given_mean"), r.getInt("given_n"), k),
                        Figure.of((Double) r.getObject("received_mean"), r.getInt("received_n"), k)),
                unit, unit, study.value(), position, position,
                study.value(), wave.value(), instrument.toString(), position, position, study.value(), wave.value(), instrument.toString(), unit);
        return new GivenReceived(study, wave, instrument, position, k, groups);
    }
}
