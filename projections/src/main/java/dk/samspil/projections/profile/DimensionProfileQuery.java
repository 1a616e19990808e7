package dk.samspil.projections.profile;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.instrument.Item;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.attributes.Subgroup;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.disclosure.Contributors;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.disclosure.FigureKey;
import dk.samspil.projections.store.Figure;
import dk.samspil.projections.store.ReadModelStore;
import dk.samspil.projections.store.Sql;
import dk.samspil.projections.studies.InstrumentDefinitions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Dimension profiles: the bar chart of an instrument's items. */
public record DimensionProfileQuery(ReadModelStore store, Positions positions, InstrumentDefinitions instruments) {

    /** @param raterGroup null for every group; {@code targetGroup} likewise (only for relational instruments) */
    public DimensionProfile profile(StudyId study, WaveKey wave, InstrumentRef ref, String raterGroup, String targetGroup,
                                    AsOf asOf, FigureGate gate) {
        return profile(study, wave, ref, raterGroup, targetGroup, null, asOf, gate);
    }

    /** The profile of the respondents of one unit and the units below it; {@code unit} null for all. */
    public DimensionProfile profile(StudyId study, WaveKey wave, InstrumentRef ref, String raterGroup, String targetGroup,
                                    String unit, AsOf asOf, FigureGate gate) {
        return profile(study, wave, ref, raterGroup, targetGroup, unit, asOf, gate, null);
    }

    /** The same, of one subgroup's respondents (their value of a respondent attribute in the wave); {@code subgroup} null for all. */
    public DimensionProfile profile(StudyId study, WaveKey wave, InstrumentRef ref, String raterGroup, String targetGroup,
                                    String unit, AsOf asOf, FigureGate gate, Subgroup subgroup) {
        Instrument instrument = checked(study, ref, targetGroup);
        long position = positions.resolve(asOf);
        Map<String, Figure> byItem = means(study, wave, ref, raterGroup, targetGroup, unit, position, gate, subgroup)
                .getOrDefault(wave.value(), Map.of());
        return profile(study, wave, instrument, raterGroup, targetGroup, position, gate.k(), byItem);
    }

    /** Every wave's profile in one pass, in the order given; a wave without answers has items with n = 0. */
    public List<DimensionProfile> profiles(StudyId study, List<WaveKey> waves, InstrumentRef ref, String raterGroup, String targetGroup,
                                           String unit, AsOf asOf, FigureGate gate) {
        return profiles(study, waves, ref, raterGroup, targetGroup, unit, asOf, gate, null);
    }

    /** The same, of one subgroup's respondents (their value in each wave); {@code subgroup} null for all. */
    public List<DimensionProfile> profiles(StudyId study, List<WaveKey> waves, InstrumentRef ref, String raterGroup, String targetGroup,
                                           String unit, AsOf asOf, FigureGate gate, Subgroup subgroup) {
        Instrument instrument = checked(study, ref, targetGroup);
        long position = positions.resolve(asOf);
        Map<String, Map<String, Figure>> byWave = means(study, null, ref, raterGroup, targetGroup, unit, position, gate, subgroup);
        return waves.stream().map(wave -> profile(study, wave, instrument, raterGroup, targetGroup, position, gate.k(),
                byWave.getOrDefault(wave.value(), Map.of()))).toList();
    }

    private Instrument checked(StudyId study, InstrumentRef ref, String targetGroup) {
        Instrument instrument = instruments.require(study, ref);
        if (targetGroup != null && !instrument.relational()) {
            throw new IllegalArgumentException(ref + " does not rate groups, so it has no profile per target group");
        }
        return instrument;
    }

    /** Wave to item to figure, for one wave or (wave null) all of them. */
    private Map<String, Map<String, Figure>> means(StudyId study, WaveKey wave, InstrumentRef ref, String raterGroup, String targetGroup,
                                                   String unit, long position, FigureGate gate, Subgroup subgroup) {
        String w = wave == null ? null : wave.value();
        return store.query(Sql.load("profile.sql"), "profile query failed for " + study + " " + (w == null ? "all waves" : w) + " " + ref,
                        r -> new ItemFigure(r.getString("wave"), r.getString("item"), gate.figure(Subgroup.key(FigureKey.item(r.getString("wave"),
                                ref.toString(), unit, raterGroup, targetGroup, r.getString("item")), subgroup), r.getDouble("mean"), r.getInt("n"),
                                Contributors.of(r, "contributors"))),
                        unit, unit, study.value(), position, position, study.value(), w, w, ref.toString(),
                        position, position, Subgroup.attribute(subgroup), Subgroup.value(subgroup), position, study.value(), w, w, ref.toString(), raterGroup, raterGroup, targetGroup, targetGroup, unit,
                        gate.readsContributors(), targetGroup, study.value(), ref.toString())
                .stream().collect(Collectors.groupingBy(ItemFigure::wave, Collectors.toMap(ItemFigure::item, ItemFigure::figure)));
    }

    private record ItemFigure(String wave, String item, Figure figure) {
    }

    private static DimensionProfile profile(StudyId study, WaveKey wave, Instrument instrument, String raterGroup, String targetGroup,
                                            long position, int k, Map<String, Figure> byItem) {
        List<DimensionProfile.ItemMean> items = new ArrayList<>();
        for (Item item : instrument.items()) {
            Figure figure = byItem.getOrDefault(item.key().value(), Figure.of(null, 0, k));
            items.add(new DimensionProfile.ItemMean(item.key().value(), item.dimension(), item.label().da(), item.label().en(),
                    figure.mean(), figure.n(), figure.suppressed()));
        }
        return new DimensionProfile(study, wave, instrument.ref(), raterGroup, targetGroup, position, k, items);
    }
}
