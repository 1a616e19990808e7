package dk.samspil.ui.runtime.bench;

import dk.samspil.ui.runtime.demo.SyntheticStudy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The size of a synthetic benchmark dataset: one bundle per organisation. dk-50 is the full scale
 * of the domain brief (50 organisations x 1,300 respondents x 10 rated groups x 6 items x 8 waves
 * = 31.2 million item scores in 520,000 questionnaires).
 */
public record BenchPreset(String name, int organisations, int respondents, int groups, int units, int waves) {

    public static final List<BenchPreset> PRESETS = List.of(
            new BenchPreset("dk-50", 50, 1300, 10, 10, 8),
            new BenchPreset("dk-5", 5, 1300, 10, 10, 8),
            new BenchPreset("smoke", 2, 120, 4, 3, 3));

    public BenchPreset {
        if (respondents % (groups * units) != 0) {
            throw new IllegalArgumentException("respondents (" + respondents + ") must split evenly over " + groups
                    + " groups x " + units + " units");
        }
    }

    public static BenchPreset named(String name) {
        return PRESETS.stream().filter(p -> p.name.equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "no preset '" + name + "' (presets: " + String.join(", ", PRESETS.stream().map(BenchPreset::name).toList()) + ")"));
    }

    public long questionnaires() {
        return (long) organisations * respondents * waves;
    }

    public long itemScores() {
        return questionnaires() * groups * 6;
    }

    /** The bundle of one organisation (0-based), deterministic for its index. */
    public SyntheticStudy organisation(int index) {
        String tenant = String.format(Locale.ROOT, "org%02d", index + 1);
        List<String> units = new ArrayList<>();
        for (int u = 1; u <= this.units; u++) {
            units.add("u" + u);
            units.add("Enhed " + u);
        }
        List<String> groups = new ArrayList<>();
        for (int g = 1; g <= this.groups; g++) {
            groups.add("g" + g);
            groups.add("Faggruppe " + g);
        }
        return new SyntheticStudy(tenant, "Organisation " + (index + 1) + " (syntetisk)", "bench-" + tenant,
                "Syntetisk benchmark " + (index + 1), "Syntetiske data til måling af hastighed", "top", "Hele organisationen",
                SyntheticStudy.pairs(units.toArray(String[]::new)), SyntheticStudy.pairs(groups.toArray(String[]::new)),
                respondents / (this.groups * this.units), false, 0, waves, LocalDate.of(2022, 1, 10), waves / 2, 1000L + index, false);
    }

    public Path bundle(Path folder, int index) {
        return folder.resolve(String.format(Locale.ROOT, "org%02d", index + 1));
    }
}
