package dk.samspil.ui.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samspil.domain.shared.DomainJson;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Callaway–Sant'Anna computed again from a bundle's CSV files, straight from the definitions (measures.md's between-group
 * RK index per unit and wave, docs/analyses.md's group-time effects), with none of the application's code: the group-time
 * effects against never-treated units, their two-sample se (variances with divisor N), and the simple, event-time and
 * group averages with the influence function did aggregates (the estimated group shares included).
 */
final class StaggeredReference {

    record Cell(String group, String time, String base, int eventTime, double att, double se, int nGroup, int nControl) {
    }

    record Average(double att, double se) {
    }

    final List<Cell> cells = new ArrayList<>();
    Average simple;
    final Map<Integer, Average> dynamic = new TreeMap<>();
    final Map<String, Average> group = new TreeMap<>();

    private final List<String> waves = new ArrayList<>();
    private final Map<String, double[]> y = new TreeMap<>();
    private final Map<String, Integer> start = new HashMap<>();
    private final Map<String, double[]> influence = new HashMap<>();

    static StaggeredReference of(Path bundle, String type, int k) throws IOException {
        StaggeredReference r = new StaggeredReference();
        r.read(bundle, type, k);
        r.estimate();
        return r;
    }

    private void read(Path bundle, String type, int k) throws IOException {
        JsonNode study = DomainJson.mapper().readTree(bundle.resolve("study.json").toFile());
        List<JsonNode> scheduled = new ArrayList<>();
        study.get("waves").forEach(scheduled::add);
        scheduled.sort(Comparator.comparing(w -> w.get("opens_on").asText()));
        scheduled.forEach(w -> waves.add(w.get("key").asText()));
        // respondent → [sum, count] of their between-group RK scores, per wave and unit
        Map<String, Map<String, double[]>> respondents = new TreeMap<>();
        for (CSVRecord row : csv(bundle.resolve("responses.csv"))) {
            String target = row.get("target");
            if (!row.get("instrument").equals("rk@1") || !target.startsWith("group:") || row.get("score").isBlank()
                    || target.substring(6).equals(row.get("respondent_group"))) {
                continue;
            }
            double[] sum = respondents.computeIfAbsent(row.get("respondent_unit") + "|" + row.get("wave"), u -> new TreeMap<>())
                    .computeIfAbsent(row.get("respondent"), p -> new double[2]);
            sum[0] += Double.parseDouble(row.get("score"));
            sum[1]++;
        }
        Map<String, double[]> index = new TreeMap<>();
        respondents.forEach((unitWave, people) -> {
            if (people.size() >= k) {
                String[] key = unitWave.split("\\|");
                double mean = people.values().stream().mapToDouble(s -> s[0] / s[1]).average().orElseThrow();
                index.computeIfAbsent(key[0], u -> filled(waves.size()))[waves.indexOf(key[1])] = mean;
            }
        });
        // the balanced panel: units with an index at every wave
        index.forEach((unit, values) -> {
            if (java.util.Arrays.stream(values).noneMatch(Double::isNaN)) {
                y.put(unit, values);
            }
        });
        for (CSVRecord row : csv(bundle.resolve("interventions.csv"))) {
            if (row.get("type").equals(type) && !row.get("started_on").isBlank()) {
                LocalDate started = LocalDate.parse(row.get("started_on"));
                for (int w = 0; w < scheduled.size(); w++) {
                    if (!started.isAfter(LocalDate.parse(scheduled.get(w).get("opens_on").asText()))) {
                        start.merge(row.get("unit"), w, Math::min);
                        break;
                    }
                }
            }
        }
    }

    private void estimate() {
        int n = y.size();
        List<Integer> groups = start.entrySet().stream().filter(e -> y.containsKey(e.getKey())).map(Map.Entry::getValue)
                .distinct().sorted().toList();
        for (int g : groups) {
            for (int time = 1; time < waves.size(); time++) {
                int t = time;
                int base = t >= g ? g - 1 : t - 1;
                List<String> treated = y.keySet().stream().filter(u -> Integer.valueOf(g).equals(start.get(u))).toList();
                List<String> never = y.keySet().stream().filter(u -> !start.containsKey(u)).toList();
                double[] dg = treated.stream().mapToDouble(u -> y.get(u)[t] - y.get(u)[base]).toArray();
                double[] dc = never.stream().mapToDouble(u -> y.get(u)[t] - y.get(u)[base]).toArray();
                double mg = mean(dg);
                double mc = mean(dc);
                double se = Math.sqrt(variance(dg) / dg.length + variance(dc) / dc.length);
                Cell cell = new Cell(waves.get(g), waves.get(t), waves.get(base), t - g, mg - mc, se, dg.length, dc.length);
                cells.add(cell);
                double[] psi = new double[n];
                int i = 0;
                for (String unit : y.keySet()) {
                    double d = y.get(unit)[t] - y.get(unit)[base];
                    psi[i++] = treated.contains(unit) ? n * (d - mg) / dg.length : never.contains(unit) ? -n * (d - mc) / dc.length : 0;
                }
                influence.put(cell.group() + "|" + cell.time(), psi);
            }
        }
        simple = average(cells.stream().filter(c -> c.eventTime() >= 0).toList(), true);
        cells.stream().map(Cell::eventTime).distinct().forEach(e -> dynamic.put(e, average(cells.stream()
                .filter(c -> c.eventTime() == e).toList(), true)));
        cells.stream().map(Cell::group).distinct().forEach(g -> group.put(g, average(cells.stream()
                .filter(c -> c.group().equals(g) && c.eventTime() >= 0).toList(), false)));
    }

    /** Weights P(G = g) / their sum; the influence adds how the estimated shares move the weights (did's wif) when asked. */
    private Average average(List<Cell> chosen, boolean sharesEstimated) {
        int n = y.size();
        List<String> units = new ArrayList<>(y.keySet());
        double[] share = chosen.stream().mapToDouble(c -> units.stream().filter(u -> c.group().equals(groupOf(u))).count() / (double) n)
                .toArray();
        double total = java.util.Arrays.stream(share).sum();
        double att = 0;
        double[] psi = new double[n];
        for (int j = 0; j < chosen.size(); j++) {
            Cell c = chosen.get(j);
            double w = sharesEstimated ? share[j] / total : 1.0 / chosen.size();
            att += w * c.att();
            double[] cellPsi = influence.get(c.group() + "|" + c.time());
            for (int i = 0; i < n; i++) {
                psi[i] += w * cellPsi[i];
            }
        }
        if (sharesEstimated) {
            for (int i = 0; i < n; i++) {
                String unit = units.get(i);
                double[] in = new double[chosen.size()];
                double sumDeviation = 0;
                for (int j = 0; j < chosen.size(); j++) {
                    in[j] = chosen.get(j).group().equals(groupOf(unit)) ? 1 : 0;
                    sumDeviation += in[j] - share[j];
                }
                for (int j = 0; j < chosen.size(); j++) {
                    psi[i] += chosen.get(j).att() * ((in[j] - share[j]) / total - sumDeviation * share[j] / (total * total));
                }
            }
        }
        double squares = 0;
        for (double p : psi) {
            squares += p * p;
        }
        return new Average(att, Math.sqrt(squares) / n);
    }

    /** The unit's start group as its first treated wave's key; null when never treated. */
    private String groupOf(String unit) {
        return start.containsKey(unit) ? waves.get(start.get(unit)) : null;
    }

    private static double[] filled(int size) {
        double[] values = new double[size];
        java.util.Arrays.fill(values, Double.NaN);
        return values;
    }

    private static double mean(double[] values) {
        return java.util.Arrays.stream(values).average().orElseThrow();
    }

    /** Divided by N, as the influence function's variance is. */
    private static double variance(double[] values) {
        double m = mean(values);
        return java.util.Arrays.stream(values).map(v -> (v - m) * (v - m)).sum() / values.length;
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
