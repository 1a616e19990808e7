package dk.samspil.ui.web.network;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/** Which relations the map draws: all, the important, the weak, the important but weak. */
enum NetworkFilter {
    ALL("all", e -> true),
    /** High in the relationship map, or found important by the importance instrument. */
    IMPORTANT("important", e -> "high".equals(e.importance()) || e.weakImportant()),
    /** Rated in the low or middle band (a suppressed cell is neither weak nor strong). */
    WEAK("weak", e -> !e.cell().suppressed() && !e.cell().band().key().equals("high")),
    WEAK_IMPORTANT("weak-important", NetworkPage.Edge::weakImportant);

    private final String key;
    private final Predicate<NetworkPage.Edge> keeps;

    NetworkFilter(String key, Predicate<NetworkPage.Edge> keeps) {
        this.key = key;
        this.keeps = keeps;
    }

    String key() {
        return key;
    }

    boolean keeps(NetworkPage.Edge edge) {
        return keeps.test(edge);
    }

    static Optional<NetworkFilter> parse(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
