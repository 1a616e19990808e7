package dk.samspil.projections.network;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.projections.studies.StudySummary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SiloLayoutTest {

    private static final List<StudySummary.Named> GROUPS = List.of(new StudySummary.Named("skole", "Skoler"),
            new StudySummary.Named("familie", "Familieafdelingen"), new StudySummary.Named("dagtilbud", "Dagtilbud"),
            new StudySummary.Named("sundhedspleje", "Sundhedsplejen"), new StudySummary.Named("tandpleje", "Børnetandplejen"),
            new StudySummary.Named("psykiatri", "Børne- og ungdomspsykiatrien"));

    @Test
    void a_silos_groups_sit_closer_to_each_other_than_to_any_group_of_another_silo() {
        StudySummary study = study(Map.of("skole", "Skole og dagtilbud", "dagtilbud", "Skole og dagtilbud", "familie", "Socialområdet",
                "sundhedspleje", "Sundhed", "tandpleje", "Sundhed"));

        List<SiloLayout.Place> nodes = SiloLayout.layout(study, "Uden søjle");

        assertThat(nodes).extracting(SiloLayout.Place::silo).containsExactly("Skole og dagtilbud", "Skole og dagtilbud", "Socialområdet",
                "Sundhed", "Sundhed", "Uden søjle");
        for (SiloLayout.Place a : nodes) {
            for (SiloLayout.Place b : nodes) {
                for (SiloLayout.Place c : nodes) {
                    if (a != b && a.silo().equals(b.silo()) && !a.silo().equals(c.silo())) {
                        assertThat(distance(a, b)).as("%s-%s against %s", a.key(), b.key(), c.key()).isLessThan(distance(a, c));
                    }
                }
            }
        }
    }

    @Test
    void a_study_without_silos_puts_its_groups_on_one_circle() {
        List<SiloLayout.Place> nodes = SiloLayout.layout(study(Map.of()), "Uden søjle");

        assertThat(nodes).extracting(SiloLayout.Place::silo).containsOnly("Uden søjle");
        double radius = Math.hypot(nodes.getFirst().x(), nodes.getFirst().y());
        assertThat(nodes).allSatisfy(n -> assertThat(Math.hypot(n.x(), n.y())).isCloseTo(radius, org.assertj.core.data.Offset.offset(1e-9)));
        // evenly spread: no two groups closer than the sides of the hexagon they make
        for (SiloLayout.Place a : nodes) {
            for (SiloLayout.Place b : nodes) {
                if (a != b) {
                    assertThat(distance(a, b)).isGreaterThanOrEqualTo(radius * 0.99);
                }
            }
        }
    }

    @Test
    void one_groups_ties_put_it_in_the_centre_and_the_others_round_it_in_silo_order_so_every_tie_is_as_long() {
        StudySummary study = study(Map.of("skole", "Skole og dagtilbud", "dagtilbud", "Skole og dagtilbud", "familie", "Socialområdet"));

        List<SiloLayout.Place> nodes = SiloLayout.around(study, "Uden søjle", "familie");

        SiloLayout.Place centre = nodes.getLast();
        assertThat(centre.key()).isEqualTo("familie");
        assertThat(Math.hypot(centre.x(), centre.y())).isZero();
        assertThat(nodes.subList(0, 5)).extracting(SiloLayout.Place::key).containsExactly("skole", "dagtilbud", "sundhedspleje", "tandpleje", "psykiatri");
        assertThat(nodes.subList(0, 5)).allSatisfy(n -> assertThat(distance(n, centre)).isCloseTo(distance(nodes.getFirst(), centre),
                org.assertj.core.data.Offset.offset(1e-9)));
    }

    @Test
    void a_short_arrow_bends_more_than_a_long_one_so_it_stands_as_far_from_its_return_arrow() {
        List<SiloLayout.Place> nodes = SiloLayout.layout(study(Map.of("skole", "Skole og dagtilbud", "dagtilbud", "Skole og dagtilbud",
                "familie", "Socialområdet")), "Uden søjle");
        SiloLayout.Place skole = nodes.get(0);
        SiloLayout.Place dagtilbud = nodes.get(1);
        SiloLayout.Place familie = nodes.get(2);
        double near = SiloLayout.curveness(skole, dagtilbud);
        double far = SiloLayout.curveness(skole, familie);

        assertThat(near).isGreaterThan(far);
        // the bend, curveness times length, is never less for the short arrow
        assertThat(near * distance(skole, dagtilbud)).isGreaterThanOrEqualTo(Math.min(far * distance(skole, familie), 24 - 1e-9));
    }

    private static StudySummary study(Map<String, String> silos) {
        return new StudySummary(StudyId.of("s"), TenantId.of("t"), "Kommune", "Studie", "Opgave", null, List.of(), GROUPS, List.of(),
                List.of(), List.of(), silos);
    }

    private static double distance(SiloLayout.Place a, SiloLayout.Place b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }
}
