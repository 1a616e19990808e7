package dk.samspil.ui.cli;

import dk.samspil.domain.shared.Keys;
import dk.samspil.domain.shared.StudyId;
import dk.samspil.domain.shared.WaveKey;
import picocli.CommandLine.Option;

/** The study and wave a fieldwork command works on, each checked as a key before anything starts. */
public final class WaveOptions {

    @Option(names = "--study", required = true, paramLabel = "S", description = "Study key.")
    String study;

    @Option(names = "--wave", required = true, paramLabel = "W", description = "Wave key.")
    String wave;

    StudyId study() {
        return StudyId.of(key("--study", study));
    }

    WaveKey wave() {
        return WaveKey.of(key("--wave", wave));
    }

    /** @throws BadInput naming the option when the value is not a key */
    static String key(String option, String value) {
        if (!Keys.isValid(value)) {
            throw new BadInput(option + " must be a key of [a-z0-9_-]+, was '" + value + "'");
        }
        return value;
    }
}
