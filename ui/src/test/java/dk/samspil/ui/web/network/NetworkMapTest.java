package dk.samspil.ui.web.network;

import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.TenantId;
import dk.samspil.projections.studies.StudySummary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkMapTest {

    private static final List<StudySummary.Named> GROUPS = List.of(new StudySummary.Named("skole", "Skoler"),
            new StudySummary.Named("familie", "Familieafdelingen"), new StudySummary.Named("dagtilbud", "Dagtilbud"),
            new StudySummary.Named("sundhedspleje", "Sundhedsplejen"), new StudySummary.Named("tandpleje", "Børnetandplejen"),
            new StudySummary.Named("psykiatri", "Børne- og ungdomspsykiatrien"));

    @Test
    void a_silos_groups_sit_closer_to_each_other_than_to_any_group_of_another_silo() {
        StudySummary study = study(Map.of("skole", "Skole og dagtilbud", "dagtilbud", "Skole og dagtilbud", "familie", "Socialområdet",
                "sundhedspleje", "Sundhed", "tandpleje", "Sundhed"));

        List<NetworkMap.Node> nodes = NetworkMap.layout(study, "Uden søjle");

        assertThat(nodes).extracting(NetworkMap.Node::silo).containsExactly("Skole og dagtilbud", "Skole og dagtilbud", "Socialområdet",
                "Sundhed", "Sundhed", "Uden søjle");
        for (NetworkMap.Node a : nodes) {
            for (NetworkMap.Node b : nodes) {
                for (NetworkMap.Node c : nodes) {
                    if (a != b && a.silo().equals(b.silo()) && !a.silo().equals(c.silo())) {
                        assertThat(distance(a, b)).as("%s-%s against %s", a.key(), b.key(), c.key()).isLessThan(distance(a, c));
                    }
                }
            }
        }
    }

    @Test
    void a_study_without_silos_puts_its_groups_on_one_circle() {
        List<NetworkMap.Node> nodes = NetworkMap.layout(study(Map.of()), "Uden søjle");

        assertThat(nodes).extracting(NetworkMap.Node::silo).containsOnly("Uden søjle");
        double radius = Math.hypot(nodes.getFirst().x(), nodes.getFirst().y());
        assertThat(nodes).allSatisfy(n -> assertThat(Math.hypot(n.x(), n.y())).isCloseTo(radius, org.assertj.core.data.Offset.offset(1e-9)));
        // evenly spread: no two groups closer than the sides of the hexagon they make
        for (NetworkMap.Node a : nodes) {
            for (NetworkMap.Node b : nodes) {
                if (a != b) {
                    assertThat(distance(a, b)).isGreaterThanOrEqualTo(radius * 0.99);
                }
            }
        }
    }

    private static StudySummary study(Map<String, String> silos) {
        return new StudySummary(StudyId.of("s"), TenantId.of("t"), "Kommune", "Studie", "Opgave", null, List.of(), GROUPS, List.of(),
                List.of(), List.of(), silos);
    }

    private static double distance(NetworkMap.Node a, NetworkMap.Node b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }
}
