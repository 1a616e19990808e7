package dk.samspil.ui.web.profile;

import dk.samspil.domain.access.Operation;
import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.shared.InstrumentRef;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.asof.AsOf;
import dk.samspil.projections.profile.DimensionProfile;
import dk.samspil.projections.profile.DimensionProfileQuery;
import dk.samspil.projections.studies.InstrumentDefinitions;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.runtime.settings.SamspilProperties;
import dk.samspil.ui.app.study.StudyMoments;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Reads the dimension profiles of an instrument, wave by wave, through the read-model queries. */
@Service
public class ProfileQuery {

    static final InstrumentRef PREFERRED_INSTRUMENT = InstrumentRef.parse("rk@1");

    private final StudyMoments moments;
    private final DimensionProfileQuery profiles;
    private final InstrumentDefinitions definitions;
    private final int k;

    public ProfileQuery(StudyMoments moments, DimensionProfileQuery profiles, InstrumentDefinitions definitions,
                        SamspilProperties properties) {
        this.moments = moments;
        this.profiles = profiles;
        this.definitions = definitions;
        this.k = properties.k();
    }

    Optional<ProfilePage> load(ProfileRequest request) {
        Optional<StudyMoments.StudyMoment> moment = moments.resolve(Operation.VIEW_PROFILE, request.study(), request.moment());
        if (moment.isEmpty()) {
            return Optional.empty();
        }
        List<StudySummary.Named> studies = moment.get().studies();
        StudySummary study = moment.get().study();
        AsOf asOf = moment.get().asOf();
        long at = moment.get().position();
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
