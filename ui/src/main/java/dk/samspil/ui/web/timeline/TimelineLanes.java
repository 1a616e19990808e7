package dk.samspil.ui.web.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Puts dated markers with a label to their right into as few rows (lanes) as keep every label clear of
 * the next marker in its row, at the narrowest width the timeline is drawn at.
 */
final class TimelineLanes {

    /** The plot's width in pixels on a 1366-pixel screen with the menu open, less a margin. */
    static final double PLOT_PIXELS = 720;
    /** A character of a 12-pixel label, generously: Danish titles are mostly lower case. */
    static final double CHARACTER_PIXELS = 7.2;
    /** The marker and the gap between it and its label. */
    static final double MARKER_PIXELS = 22;

    /** An item and the row it is drawn in, 0 first. */
    record Placed<T>(T item, int lane) {
    }

    private TimelineLanes() {
    }

    /** @param from the axis' first day; @param to its last */
    static <T> List<Placed<T>> place(List<T> items, Function<T, LocalDate> on, Function<T, String> label, LocalDate from, LocalDate to) {
        double days = Math.max(1, to.toEpochDay() - from.toEpochDay());
        List<T> ordered = items.stream().sorted(Comparator.comparing(on)).toList();
        List<Double> laneEnds = new ArrayList<>();
        List<Placed<T>> placed = new ArrayList<>();
        for (T item : ordered) {
            double start = (on.apply(item).toEpochDay() - from.toEpochDay()) / days * PLOT_PIXELS - MARKER_PIXELS / 2;
            double end = start + MARKER_PIXELS + label.apply(item).length() * CHARACTER_PIXELS;
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > start) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(end);
            } else {
                laneEnds.set(lane, end);
            }
            placed.add(new Placed<>(item, lane));
        }
        return placed;
    }

    /** How many lanes the placed items take (at least one, so an empty row still shows where it would be). */
    static int count(List<? extends Placed<?>> placed) {
        return placed.stream().mapToInt(Placed::lane).max().orElse(0) + 1;
    }
}
