package dk.samspil.ui.web.profile;

import dk.samspil.domain.instrument.Instrument;
import dk.samspil.domain.study.AttributeSpec;
import dk.samspil.projections.profile.DimensionProfile;
import dk.samspil.projections.studies.StudySummary;
import dk.samspil.ui.web.shell.Choices;
import dk.samspil.ui.web.shell.ViewPage;
import dk.samspil.ui.web.shell.ViewState;

import java.util.List;
import java.util.Optional;

/**
 * The dimension profile of one instrument at every wave with answers, read at one event-store position.
 *
 * @param rater  the rating group shown, or null for every group
 * @param target the rated group shown, or null for every group (always null for an instrument that rates no groups)
 * @param waves      one profile per wave that has an answer on the instrument, oldest first
 * @param attributes the study's respondent attributes, for the breakdown picker
 * @param by         the attribute the profile is broken down by, if any
 * @param subgroups  with {@code by}, each value's respondents' profile at the same waves (their value in each wave)
 */
record ProfilePage(StudySummary study, List<Instrument> instruments, Optional<Instrument> instrument, String rater, String target,
                   List<WaveProfile> waves, long position, int k, String asOf, List<AttributeSpec> attributes, Optional<AttributeSpec> by,
                   List<SubgroupProfile> subgroups) implements ViewPage {

    ProfilePage {
        instruments = List.copyOf(instruments);
        waves = List.copyOf(waves);
        attributes = List.copyOf(attributes);
        subgroups = List.copyOf(subgroups);
    }

    record WaveProfile(StudySummary.Wave wave, DimensionProfile profile) {
    }

    /** One value's respondents: their profile at each of the page's waves. */
    record SubgroupProfile(AttributeSpec.Value value, List<WaveProfile> waves) {
    }

    @Override
    public ProfileRequest shown() {
        return new ProfileRequest(new ViewState(study.study().value(), asOf), instrument.map(i -> i.ref().toString()).orElse(null),
                rater, target, by.map(a -> a.key().value()).orElse(null));
    }

    String groupName(String key) {
        return Choices.name(study.groups(), key);
    }
}
