package dk.samspil.projections.network;

import dk.samspil.projections.studies.StudySummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each group stands on the relationskort, wherever it is drawn (the web's chart, a report's page): each silo
 * (søjle) of the organisation a cluster of its groups around a circle, so ties within a silo sit close and those
 * across silos span the map. Coordinates are in the map's own units, centred on 0, 0.
 */
public final class SiloLayout {

    /** The silos' circle, and each silo's own circle of groups. */
    public static final double SILO_RADIUS = 100;
    private static final double GROUP_RADIUS = 34;
    /** How far, in the map's units, an arrow bends at least: the two arrows between close groups, and their letters, keep apart. */
    private static final double LEAST_BEND = 24;
    /** The bend of a long arrow, as a share of its length. */
    public static final double CURVENESS = 0.2;

    private SiloLayout() {
    }

    /** A group's place and silo. */
    public record Place(String key, String name, String silo, double x, double y) {
    }

    /** Silos in the order their first group appears; groups placed in none form a silo of their own, named {@code none}. */
    public static List<Place> layout(StudySummary study, String none) {
        Map<String, List<StudySummary.Named>> bySilo = new LinkedHashMap<>();
        for (StudySummary.Named group : study.groups()) {
            bySilo.computeIfAbsent(study.silo(group.key()).orElse(none), s -> new ArrayList<>()).add(group);
        }
        List<Place> places = new ArrayList<>();
        int silos = bySilo.size();
        int s = 0;
        for (Map.Entry<String, List<StudySummary.Named>> silo : bySilo.entrySet()) {
            // one silo: its groups on the big circle; several: each silo's centre on it, its groups close around it
            double angle = 2 * Math.PI * s++ / silos - Math.PI / 2;
            double cx = silos == 1 ? 0 : SILO_RADIUS * Math.cos(angle);
            double cy = silos == 1 ? 0 : SILO_RADIUS * Math.sin(angle);
            double radius = silos == 1 ? SILO_RADIUS : GROUP_RADIUS;
            List<StudySummary.Named> groups = silo.getValue();
            for (int g = 0; g < groups.size(); g++) {
                double a = angle + 2 * Math.PI * g / groups.size();
                double r = groups.size() == 1 ? 0 : radius;
                places.add(new Place(groups.get(g).key(), groups.get(g).name(), silo.getKey(), cx + r * Math.cos(a), cy + r * Math.sin(a)));
            }
        }
        return places;
    }

    /**
     * One group's ties: that group in the centre and the others on a circle around it in their silos' order, so
     * every tie is as long as the others and their letters spread round it instead of crowding at one end.
     */
    public static List<Place> around(StudySummary study, String none, String centre) {
        List<Place> all = layout(study, none);
        List<Place> others = all.stream().filter(p -> !p.key().equals(centre)).toList();
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            // half a step off the vertical, so no tie runs straight up through the centre's name
            double angle = 2 * Math.PI * (i + 0.5) / others.size() - Math.PI / 2;
            Place p = others.get(i);
            places.add(new Place(p.key(), p.name(), p.silo(), SILO_RADIUS * Math.cos(angle), SILO_RADIUS * Math.sin(angle)));
        }
        all.stream().filter(p -> p.key().equals(centre)).findFirst()
                .ifPresent(p -> places.add(new Place(p.key(), p.name(), p.silo(), 0, 0)));
        return places;
    }

    /** How much an arrow bends, as a share of its length: a short one more, so it stands as far from its return arrow as a long one. */
    public static double curveness(Place from, Place to) {
        double length = Math.hypot(to.x() - from.x(), to.y() - from.y());
        return length == 0 ? CURVENESS : Math.max(CURVENESS, Math.min(0.6, LEAST_BEND / length));
    }
}
