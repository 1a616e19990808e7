package dk.samspil.ui.runtime.demo;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.samspil.domain.shared.DomainJson;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic study bundle with a plausible structure: units differ in leadership,
 * relational capacity follows leadership, citizen-experienced quality follows relational
 * capacity, groups rate themselves higher than others, and treated units improve after their
 * handleteam starts. With interventions, organisational changes, the consultancy's milestones and
 * citizen outcomes, so every read model has something to show. Deterministic for a given seed.
 *
 * @param groups               group key and Danish name, in pairs, or with the group's silo (søjle) as well, in triples
 * @param units                unit key and Danish name, in pairs (all under one top unit)
 * @param respondentsPerCell   respondents per group and unit
 * @param leadership           whether the professionals also answer leadership@1
 * @param citizensPerUnit      citizens answering citizen@1 per unit and wave (0: no citizen instrument)
 * @param firstWave            when the first wave opens; later waves follow every six months
 * @param treatedFromWave      from this wave (0-based) on, every second unit is treated
 * @param attributes           whether respondents state their position (the first two of each cell lead, and rate
 *                             collaboration higher) and citizens their resources (few or many; those with few wait
 *                             longer for help, and gain most when collaboration improves)
 */
public record SyntheticStudy(
        String tenant, String tenantName, String study, String title, String sharedTask,
        String topUnit, String topUnitName, List<String[]> units, List<String[]> groups,
        int respondentsPerCell, boolean leadership, int citizensPerUnit, int waves, LocalDate firstWave, int treatedFromWave,
        long seed, boolean attributes) {

    /** How many respondents of each group and unit are leaders, when the study states positions. */
    static final int LEADERS_PER_CELL = 2;
    /** Citizens measured per unit and month: enough for a unit's quarter to reach k. */
    static final int OUTCOME_CITIZENS_PER_MONTH = 4;

    private static final String[] RK_ITEMS = {"samarbejde", "videndeling", "kendskab", "problemloesning", "innovation", "respekt"};
    private static final String[] WAVE_LABELS = {"Opstartsmåling", "Måling efter 6 måneder", "Måling efter 12 måneder",
            "Afslutningsmåling efter 18 måneder"};

    public void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        writeStudyJson(folder.resolve("study.json"));
        writeResponses(folder.resolve("responses.csv"));
        writeInterventions(folder.resolve("interventions.csv"));
        writeOrgChanges(folder.resolve("org_changes.csv"));
        writeMilestones(folder.resolve("milestones.csv"));
        writeOutcomes(folder.resolve("outcomes.csv"));
        if (attributes) {
            writeRespondentAttributes(folder.resolve("respondent_attributes.csv"));
        }
    }

    /** Each professional's position in every wave: the first respondents of each group and unit lead. */
    private void writeRespondentAttributes(Path file) throws IOException {
        try (CSVPrinter csv = csv(file, "wave", "respondent", "attribute", "value")) {
            for (int w = 0; w < waves; w++) {
                int person = 0;
                for (int u = 0; u < units.size(); u++) {
                    for (int g = 0; g < groups.size(); g++) {
                        for (int r = 0; r < respondentsPerCell; r++) {
                            csv.printRecord(waveKey(w), String.format("p%05d", ++person), "stilling",
                                    r < LEADERS_PER_CELL ? "leder" : "medarbejder");
                        }
                    }
                }
            }
        }
    }

    private LocalDate startsOn() {
        return firstWave.minusMonths(2);
    }

    private LocalDate ends() {
        return opens(waves - 1).plusDays(24);
    }

    /** A rådgivende team for the whole organisation, and from the treated wave a handleteam in every second unit. */
    private void writeInterventions(Path file) throws IOException {
        try (CSVPrinter csv = csv(file, "intervention", "type", "title", "unit", "groups", "started_on", "ended_on")) {
            String someGroups = groups.stream().limit(3).map(g -> g[0]).reduce((a, b) -> a + ";" + b).orElseThrow();
            csv.printRecord("rt-" + topUnit, "raadgivende_team", "Rådgivende team for " + topUnitName, topUnit, someGroups,
                    firstWave.plusDays(40), opens(Math.min(1, waves - 1)).plusDays(30));
            LocalDate treatedFrom = treatedFrom();
            for (int u = 1; u < units.size(); u += 2) {
                String unit = units.get(u)[0];
                csv.printRecord("ht-" + unit, "handleteam", "Handleteam i " + units.get(u)[1], unit, someGroups, treatedFrom, "");
                csv.printRecord("ph-" + unit, "proevehandling", "Prøvehandling: fælles overlevering i " + units.get(u)[1], unit,
                        groups.get(0)[0] + ";" + groups.get(1)[0], treatedFrom.plusDays(21), treatedFrom.plusDays(77));
            }
        }
    }

    private void writeOrgChanges(Path file) throws IOException {
        try (CSVPrinter csv = csv(file, "effective_on", "change", "unit", "other_unit", "note")) {
            csv.printRecord(firstWave.plusMonths(4), "leader_changed", units.get(0)[0], "", "Ny leder");
            csv.printRecord(firstWave.plusMonths(8), "staff_turnover", units.get(units.size() - 1)[0], "", "Flere nye medarbejdere");
            csv.printRecord(firstWave.plusMonths(10), "policy_changed", topUnit, "", "Ny sammenhængende børnepolitik");
        }
    }

    /** The consultancy's steps, spread over the study in their order. */
    private void writeMilestones(Path file) throws IOException {
        String[] steps = {"task_clarified", "actors_clarified", "needs_clarified", "collaboration_measured",
                "leadership_foundation", "challenges_addressed", "learning_shared", "focus_sustained"};
        long span = java.time.temporal.ChronoUnit.DAYS.between(startsOn(), ends());
        try (CSVPrinter csv = csv(file, "milestone", "reached_on", "note")) {
            for (int i = 0; i < steps.length; i++) {
                csv.printRecord(steps[i], startsOn().plusDays(7 + span * i / steps.length), "");
            }
        }
    }

    /** When every second unit's handleteam starts: six weeks before the wave from which they count as treated. */
    private LocalDate treatedFrom() {
        return opens(Math.min(treatedFromWave, waves - 1)).minusDays(45);
    }

    /**
     * Four citizens per unit and month, so a unit's quarter holds twelve; in a treated unit a citizen measured from its
     * handleteam's start on gets help earlier and younger. With attributes, a third of the citizens have few resources
     * (drawn apart, so the other values stay as they are): they wait longer and are older at relief, and a treated unit's
     * better collaboration shortens their wait more.
     */
    private void writeOutcomes(Path file) throws IOException {
        Random random = new Random(seed + 1);
        Random resources = new Random(seed + 2);
        try (CSVPrinter csv = csv(file, "unit", "citizen", "measured_on", "outcome", "value");
             CSVPrinter stated = attributes ? csv(file.resolveSibling("citizen_attributes.csv"), "citizen", "attribute", "value",
                     "valid_from") : null) {
            int citizen = 0;
            for (LocalDate month = firstWave.withDayOfMonth(1); month.isBefore(ends()); month = month.plusMonths(1)) {
                for (int u = 0; u < units.size(); u++) {
                    for (int c = 0; c < OUTCOME_CITIZENS_PER_MONTH; c++) {
                        String who = String.format("o%06d", ++citizen);
                        LocalDate day = month.plusDays(random.nextInt(28));
                        boolean treated = u % 2 == 1 && !day.isBefore(treatedFrom());
                        boolean few = attributes && resources.nextInt(3) == 0;
                        if (stated != null) {
                            stated.printRecord(who, "ressourcer", few ? "faa" : "mange", startsOn());
                        }
                        csv.printRecord(units.get(u)[0], who, day.toString(), "age_at_family_relief_start", String.format(java.util.Locale.ROOT,
                                "%.1f", Math.max(0.5, 10.5 + (few ? 1.0 : 0) - (treated ? 1.5 : 0) + 2.5 * random.nextGaussian())));
                        csv.printRecord(units.get(u)[0], who, day.toString(), "months_from_concern_to_help", String.format(java.util.Locale.ROOT,
                                "%.1f", Math.max(0.5, 6 + (few ? 2.0 : 0) - (treated ? (few ? 3.5 : 2) : 0) + 1.5 * random.nextGaussian())));
                    }
                }
            }
        }
    }

    private static CSVPrinter csv(Path file, String... header) throws IOException {
        CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
        csv.printRecord((Object[]) header);
        return csv;
    }

    private LocalDate opens(int wave) {
        return firstWave.plusMonths(6L * wave);
    }

    private String waveKey(int wave) {
        return "m" + (6 * wave);
    }

    private void writeStudyJson(Path file) throws IOException {
        var json = DomainJson.mapper();
        ObjectNode root = json.createObjectNode();
        root.put("tenant", tenant).put("tenant_name", tenantName).put("study", study).put("title", title)
                .put("shared_task", sharedTask).put("starts_on", startsOn().toString());
        ArrayNode unitNodes = root.putArray("units");
        unitNodes.addObject().put("key", topUnit).put("name", topUnitName).putNull("parent");
        units.forEach(u -> unitNodes.addObject().put("key", u[0]).put("name", u[1]).put("parent", topUnit));
        ArrayNode groupNodes = root.putArray("groups");
        groups.forEach(g -> {
            ObjectNode group = groupNodes.addObject().put("key", g[0]).put("name", g[1]);
            if (g.length > 2) {
                group.put("silo", g[2]);
            }
        });
        ArrayNode waveNodes = root.putArray("waves");
        for (int w = 0; w < waves; w++) {
            waveNodes.addObject().put("key", waveKey(w))
                    .put("label", w < WAVE_LABELS.length ? WAVE_LABELS[w] : "Måling " + (w + 1))
                    .put("opens_on", opens(w).toString()).put("closes_on", opens(w).plusDays(24).toString());
        }
        ArrayNode instruments = root.putArray("instruments").add("rk@1");
        if (leadership) {
            instruments.add("leadership@1");
        }
        if (citizensPerUnit > 0) {
            instruments.add("citizen@1");
        }
        if (attributes) {
            writeAttributeDefinitions(root.putArray("attributes"));
        }
        ArrayNode relations = root.putArray("relations");
        for (int a = 0; a < groups.size(); a++) {
            for (int b = 0; b < groups.size(); b++) {
                if (a != b) {
                    relations.addObject().put("from", groups.get(a)[0]).put("to", groups.get(b)[0])
                            .put("importance", (a + b) % 3 == 0 ? "high" : (a + b) % 3 == 1 ? "middle" : "low");
                }
            }
        }
        json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }

    private static void writeAttributeDefinitions(ArrayNode attributes) {
        ObjectNode position = attributes.addObject().put("key", "stilling").put("applies_to", "respondent").put("asked", true);
        position.putObject("label").put("da", "Stilling").put("en", "Position").put("nb", "Stilling").put("sv", "Befattning");
        ArrayNode positions = position.putArray("values");
        positions.addObject().put("key", "leder").putObject("label").put("da", "Leder").put("en", "Leader");
        positions.addObject().put("key", "medarbejder").putObject("label").put("da", "Medarbejder").put("en", "Staff");
        ObjectNode resources = attributes.addObject().put("key", "ressourcer").put("applies_to", "citizen");
        resources.putObject("label").put("da", "Ressourcer").put("en", "Resources");
        ArrayNode levels = resources.putArray("values");
        levels.addObject().put("key", "faa").putObject("label").put("da", "Få").put("en", "Few");
        levels.addObject().put("key", "mange").putObject("label").put("da", "Mange").put("en", "Many");
    }

    private void writeResponses(Path file) throws IOException {
        Random random = new Random(seed);
        int nGroups = groups.size();
        double[] leadershipLevel = new double[units.size()];
        for (int u = 0; u < units.size(); u++) {
            leadershipLevel[u] = 2.6 + 1.4 * random.nextDouble();
        }
        double[][] pair = new double[nGroups][nGroups];
        for (double[] row : pair) {
            for (int t = 0; t < nGroups; t++) {
                row[t] = 0.35 * random.nextGaussian();
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            csv.printRecord("wave", "collected_on", "respondent", "respondent_group", "respondent_unit", "instrument",
                    "target", "case", "item", "score");
            for (int w = 0; w < waves; w++) {
                int person = 0;
                for (int u = 0; u < units.size(); u++) {
                    boolean treated = u % 2 == 1 && w >= treatedFromWave;
                    double trend = 0.05 * w;
                    double rk = 1.2 + 0.65 * leadershipLevel[u] + trend + (treated ? 0.35 : 0);
                    for (int g = 0; g < nGroups; g++) {
                        for (int r = 0; r < respondentsPerCell; r++) {
                            String respondent = String.format("p%05d", ++person);
                            String date = opens(w).plusDays(random.nextInt(20)).toString();
                            double own = 0.3 * random.nextGaussian();
                            // leaders see the collaboration from the top, and rate it higher than their staff
                            double position = attributes && r < LEADERS_PER_CELL ? 0.5 : 0;
                            for (int t = 0; t < nGroups; t++) {
                                double base = rk + pair[g][t] + own + position + (g == t ? 0.6 : 0);
                                for (String item : RK_ITEMS) {
                                    csv.printRecord(waveKey(w), date, respondent, groups.get(g)[0], units.get(u)[0], "rk@1",
                                            "group:" + groups.get(t)[0], "", item, score(random, base));
                                }
                            }
                            double lead = leadershipLevel[u] + 0.5 * trend + own;
                            for (int i = 1; leadership && i <= 8; i++) {
                                csv.printRecord(waveKey(w), date, respondent, groups.get(g)[0], units.get(u)[0],
                                        "leadership@1", "", "", "l" + i, score(random, lead));
                            }
                        }
                    }
                    for (int c = 0; c < citizensPerUnit; c++) {
                        String citizen = String.format("c%05d", u * 1000 + c + 1);
                        String caseId = String.format("k%05d", u * 1000 + c + 1);
                        String date = opens(w).plusDays(random.nextInt(20)).toString();
                        double quality = 0.9 + 0.7 * rk + 0.4 * random.nextGaussian();
                        for (int i = 1; i <= 6; i++) {
                            csv.printRecord(waveKey(w), date, citizen, "", units.get(u)[0], "citizen@1", "", caseId,
                                    "c" + i, score(random, quality));
                        }
                    }
                }
            }
        }
    }

    /** A 1-5 answer around the level, with about 3% "don't know" (empty). */
    private static String score(Random random, double level) {
        if (random.nextDouble() < 0.03) {
            return "";
        }
        long value = Math.round(level + 0.6 * random.nextGaussian());
        return Long.toString(Math.max(1, Math.min(5, value)));
    }

    /** Keys, names and silos, three by three. */
    public static List<String[]> triples(String... keysNamesAndSilos) {
        List<String[]> triples = new ArrayList<>();
        for (int i = 0; i < keysNamesAndSilos.length; i += 3) {
            triples.add(new String[]{keysNamesAndSilos[i], keysNamesAndSilos[i + 1], keysNamesAndSilos[i + 2]});
        }
        return triples;
    }

    public static List<String[]> pairs(String... keysAndNames) {
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < keysAndNames.length; i += 2) {
            pairs.add(new String[]{keysAndNames[i], keysAndNames[i + 1]});
        }
        return pairs;
    }
}
