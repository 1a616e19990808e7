package dk.samspil.ui.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/** A one-unit study (aaben, organisation proeve) whose wave "nu" is open today: the invite command reads the real date. */
public final class OpenWaveBundle {

    private static final String HEADER = "wave,collected_on,respondent,respondent_group,respondent_unit,instrument,target,case,item,score\n";

    private OpenWaveBundle() {
    }

    /** Writes the bundle with one answer, yesterday, by each professional respondent given (group skole, about ppr). */
    public static Path write(Path folder, String... answering) throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        Path bundle = Files.createDirectories(folder);
        Files.writeString(bundle.resolve("study.json"), """
                {"tenant": "proeve", "tenant_name": "Prøvekommune", "study": "aaben", "title": "Åben bølge",
                 "shared_task": "Test", "starts_on": "%s",
                 "units": [{"key": "u1", "name": "Enhed 1", "parent": null}],
                 "groups": [{"key": "skole", "name": "Skoler"}, {"key": "ppr", "name": "PPR"}],
                 "waves": [{"key": "nu", "label": "Nu", "opens_on": "%s", "closes_on": "%s"}],
                 "instruments": ["rk@1", "leadership@1", "citizen@1"], "relations": []}
                """.formatted(today.minusDays(30), today.minusDays(7), today.plusDays(30)));
        StringBuilder responses = new StringBuilder(HEADER);
        for (String respondent : answering) {
            responses.append("nu,").append(today.minusDays(1)).append(',').append(respondent).append(",skole,u1,rk@1,group:ppr,,samarbejde,4\n");
        }
        Files.writeString(bundle.resolve("responses.csv"), responses);
        return bundle;
    }
}
