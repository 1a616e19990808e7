package dk.samspil.projections.matrix;

import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.disclosure.Contributors;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.disclosure.FigureKey;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;

import java.util.List;

/** Given against received per group, between groups only. */
public record GivenReceivedQuery(ReadModelStore store, Positions positions) {

    public GivenReceived givenReceived(StudyId study, WaveKey wave, InstrumentRef instrument, AsOf asOf, FigureGate gate) {
        return givenReceived(study, wave, instrument, null, asOf, gate);
    }

    /** Given vs received among the respondents of one unit and the units below it; {@code unit} null for all. */
    public GivenReceived givenReceived(StudyId study, WaveKey wave, InstrumentRef instrument, String unit, AsOf asOf, FigureGate gate) {
        long position = positions.resolve(asOf);
        List<GivenReceived.Group> groups = store.query(Sql.load("given_received.sql"),
                "given/received query failed for " + study + " " + wave + " " + instrument,
                r -> {
                    String group = r.getString("grp");
                    return new GivenReceived.Group(group,
                            gate.figure(FigureKey.given(wave.value(), instrument.toString(), unit, group), (Double) r.getObject("given_mean"),
                                    r.getInt("given_n"), Contributors.of(r, "given_contributors")),
                            gate.figure(FigureKey.received(wave.value(), instrument.toString(), unit, group),
                                    (Double) r.getObject("received_mean"), r.getInt("received_n"), Contributors.of(r, "received_contributors")));
                },
                unit, unit, study.value(), position, position,
                study.value(), wave.value(), instrument.toString(), position, position, study.value(), wave.value(), instrument.toString(), unit);
        return new GivenReceived(study, wave, instrument, position, gate.k(), groups);
    }
}
