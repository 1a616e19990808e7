package dk.samspil.ui.views.profile;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.asof.Positions;
import dk.samspil.projections.profile.DimensionProfile;
import dk.samspil.projections.profile.DimensionProfileQuery;
import dk.samspil.projections.studies.InstrumentDefinitions;
import dk.samspil.projections.studies.StudyCatalog;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.config.SamspilProperties;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Reads the dimension profiles of an instrument, wave by wave, through the read-model queries. */
@Service
public class ProfileQuery {

    static final InstrumentRef PREFERRED_INSTRUMENT = InstrumentRef.parse("rk@1");

    private final StudyCatalog catalog;
    private final DimensionProfileQuery profiles;
    private final InstrumentDefinitions definitions;
    private final Positions positions;
    private final int k;

    public ProfileQuery(StudyCatalog catalog, DimensionProfileQuery profiles, InstrumentDefinitions definitions, Positions positions,
                        SamspilProperties properties) {
        this.catalog = catalog;
        this.profiles = profiles;
        this.definitions = definitions;
        this.positions = positions;
        this.k = properties.k();
    }

    Optional<ProfilePage> load(ProfileRequest request) {
        List<StudySummary.Named> studies = catalog.studies();
        long at = positions.resolve(request.moment());
        if (studies.isEmpty() || at < 0) {
            return Optional.empty();
        }
        AsOf asOf = new AsOf.Position(at);
        String key = studies.stream().map(StudySummary.Named::key).filter(s -> s.equals(request.study()))
                .findFirst().orElse(studies.getFirst().key());
        Optional<StudySummary> found = catalog.study(StudyId.of(key), asOf);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StudySummary study = found.get();
        List<Instrument> instruments = study.instruments().stream()
                .map(ref -> definitions.find(study.study(), ref)).flatMap(Optional::stream).toList();
        Optional<Instrument> instrument = instruments.stream().filter(i -> i.ref().toString().equals(request.instrument())).findFirst()
                .or(() -> instruments.stream().filter(i -> i.ref().equals(PREFERRED_INSTRUMENT)).findFirst())
                .or(() -> instruments.stream().findFirst());
        List<String> groups = study.groups().stream().map(StudySummary.Named::key).toList();
        String rater = groups.contains(request.rater()) ? request.rater() : null;
        String target = instrument.filter(Instrument::relational).isPresent() && groups.contains(request.target()) ? request.target() : null;
        List<ProfilePage.WaveProfile> waves = instrument.map(i -> {
            // every wave in one pass over the item rows
            List<DimensionProfile> all = profiles.profiles(study.study(), study.waves().stream().map(w -> WaveKey.of(w.key())).toList(),
                    i.ref(), rater, target, null, asOf, k);
            return IntStream.range(0, all.size()).mapToObj(w -> new ProfilePage.WaveProfile(study.waves().get(w), all.get(w)))
                    .filter(w -> w.profile().items().stream().anyMatch(item -> item.n() > 0))
                    .toList();
        }).orElse(List.of());
        return Optional.of(new ProfilePage(study, instruments, instrument, rater, target, waves, at, k, request.asOf()));
    }
}
