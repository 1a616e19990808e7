package dk.samspil.ui.web.profile;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.shared.WaveKey;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.projections.attributes.AttributeDefinitions;
import dk.samspil.projections.attributes.Subgroup;
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
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Reads the dimension profiles of an instrument, wave by wave, through the read-model queries. */
@Service
public record ProfileQuery(DimensionProfileQuery profiles, InstrumentDefinitions definitions, AttributeDefinitions attributes) {

    /** The chosen instrument's item means for the chosen groups, at every wave with answers. */
    ProfilePage page(StudyMoments.StudyMoment moment, ProfileRequest request) {
        StudySummary study = moment.study();
        List<Instrument> instruments = Choices.instruments(definitions, study, study.instruments());
        Optional<Instrument> instrument = Choices.instrument(instruments, request.instrument(), Choices.RK);
        String rater = Choices.known(study.groups(), request.rater());
        String target = instrument.filter(Instrument::relational).isPresent() ? Choices.known(study.groups(), request.target()) : null;
        List<ProfilePage.WaveProfile> waves = instrument.map(i -> waves(moment, i, rater, target, null)
                .filter(w -> w.profile().items().stream().anyMatch(item -> item.n() > 0)).toList()).orElse(List.of());
        List<AttributeSpec> respondentAttributes = attributes.of(study.study(), moment.position()).stream()
                .filter(a -> a.appliesTo() == AttributeSpec.AppliesTo.RESPONDENT).toList();
        Optional<AttributeSpec> by = respondentAttributes.stream().filter(a -> a.key().value().equals(request.by())).findFirst();
        Set<String> answered = waves.stream().map(w -> w.wave().key()).collect(Collectors.toSet());
        List<ProfilePage.SubgroupProfile> subgroups = by.flatMap(a -> instrument.map(i -> a.values().stream()
                .map(value -> new ProfilePage.SubgroupProfile(value, waves(moment, i, rater, target, new Subgroup(a.key().value(), value.key()))
                        .filter(w -> answered.contains(w.wave().key())).toList())).toList())).orElse(List.of());
        return new ProfilePage(study, instruments, instrument, rater, target, waves, moment.position(), moment.k(), request.state().asOf(),
                respondentAttributes, by, subgroups);
    }

    /** Every wave's profile of the respondents (of a subgroup, or all with null), in one pass over the item rows. */
    private Stream<ProfilePage.WaveProfile> waves(StudyMoments.StudyMoment moment, Instrument instrument, String rater, String target,
                                                  Subgroup subgroup) {
        StudySummary study = moment.study();
        List<DimensionProfile> all = profiles.profiles(study.study(), study.waves().stream().map(w -> WaveKey.of(w.key())).toList(),
                instrument.ref(), rater, target, null, moment.asOf(), moment.gate(), subgroup);
        return IntStream.range(0, all.size()).mapToObj(w -> new ProfilePage.WaveProfile(study.waves().get(w), all.get(w)));
    }
}
