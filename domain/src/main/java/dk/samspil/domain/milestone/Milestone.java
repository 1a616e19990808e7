package dk.samspil.domain.milestone;

import java.util.Arrays;
import java.util.Optional;

/** The consultancy's eight process steps, in order (milestones.csv keys). */
public enum Milestone {
    /** afklar den fælles opgave */
    TASK_CLARIFIED,
    /** afklar aktørerne */
    ACTORS_CLARIFIED,
    /** afklar hvem der skal samarbejde */
    NEEDS_CLARIFIED,
    /** undersøg samarbejdet på tværs (måling) */
    COLLABORATION_MEASURED,
    /** fundament for sammenhængende ledelse */
    LEADERSHIP_FOUNDATION,
    /** arbejd med konkrete udfordringer */
    CHALLENGES_ADDRESSED,
    /** lær af de positive erfaringer */
    LEARNING_SHARED,
    /** hold fokus */
    FOCUS_SUSTAINED;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** 1 to 8, the step's place in the process. */
    public int step() {
        return ordinal() + 1;
    }

    public static Optional<Milestone> fromKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key().equals(key)).findFirst();
    }

    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(Milestone::key).toList());
    }
}
