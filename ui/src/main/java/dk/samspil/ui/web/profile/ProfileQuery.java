package dk.samspil.ui.web.profile;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.projections.disclosure.FigureGate;
import dk.samspil.projections.profile.DimensionProfile;
import dk.samspil.projections.profile.DimensionProfileQuery;
import dk.samspil.projections.studies.InstrumentDefinitions;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.app.study.StudyMoments;
import dk.samspil.ui.web.shell.Choices;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Reads the dimension profiles of an instrument, wave by wave, through the read-model queries. */
@Service
public record ProfileQuery(DimensionProfileQuery profiles, InstrumentDefinitions definitions) {

    /** The chosen instrument's item means for the chosen groups, at every wave with answers. */
    ProfilePage page(StudyMoments.StudyMoment moment, ProfileRequest request) {
        StudySummary study = moment.study();
        List<Instrument> instruments = Choices.instruments(definitions, study, study.instruments());
        Optional<Instrument> instrument = Choices.instrument(instruments, request.instrument(), Choices.RK);
        String rater = Choices.known(study.groups(), request.rater());
        String target = instrument.filter(Instrument::relational).isPresent() ? Choices.known(study.groups(), request.target()) : null;
        List<ProfilePage.WaveProfile> waves = instrument.map(i -> {
            // every wave in one pass over the item rows
            List<DimensionProfile> all = profiles.profiles(study.study(), study.waves().stream().map(w -> WaveKey.of(w.key())).toList(),
                    i.ref(), rater, target, null, moment.asOf(), moment.gate());
            return IntStream.range(0, all.size()).mapToObj(w -> new ProfilePage.WaveProfile(study.waves().get(w), all.get(w)))
                    .filter(w -> w.profile().items().stream().anyMatch(item -> item.n() > 0))
                    .toList();
        }).orElse(List.of());
        return new ProfilePage(study, instruments, instrument, rater, target, waves, moment.position(), moment.k(), request.state().asOf());
    }
}
