package dk.samspil.ui.runtime.bench;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The figures a benchmark run measures (issue 4's list), each with the unit in its name.
 *
 * @param replayToFloor replay time divided by the time of a bare scan and deserialisation of the same events
 * @param h2ToDuckdb    time of the same matrix aggregate in the event-store database divided by DuckDB's
 */
public record BenchResult(
        long events,
        long questionnaires,
        @JsonProperty("item_scores") long itemScores,
        @JsonProperty("import_seconds") double importSeconds,
        @JsonProperty("import_questionnaires_per_s") double importQuestionnairesPerSecond,
        @JsonProperty("floor_seconds") double floorSeconds,
        @JsonProperty("replay_seconds") double replaySeconds,
        @JsonProperty("replay_questionnaires_per_s") double replayQuestionnairesPerSecond,
        @JsonProperty("replay_scores_per_s") double replayScoresPerSecond,
        @JsonProperty("replay_to_floor") double replayToFloor,
        @JsonProperty("matrix_p50_ms") double matrixP50,
        @JsonProperty("matrix_p95_ms") double matrixP95,
        @JsonProperty("unit_index_p50_ms") double unitIndexP50,
        @JsonProperty("unit_index_p95_ms") double unitIndexP95,
        @JsonProperty("timeline_p50_ms") double timelineP50,
        @JsonProperty("timeline_p95_ms") double timelineP95,
        @JsonProperty("outcomes_p50_ms") double outcomesP50,
        @JsonProperty("outcomes_p95_ms") double outcomesP95,
        @JsonProperty("matrix_duckdb_ms") double matrixDuckdb,
        @JsonProperty("matrix_h2_ms") double matrixH2,
        @JsonProperty("h2_to_duckdb") double h2ToDuckdb,
        @JsonProperty("peak_rss_mib") long peakRssMib) {

    public String describe() {
        return String.format(java.util.Locale.ROOT, """
                events %,d; questionnaires %,d; item scores %,d
                import: %.1f s, %,.0f questionnaires/s          (target >= 10,000)
                bare scan + deserialisation of the events: %.1f s
                replay: %.1f s, %,.0f questionnaires/s, %,.0f scores/s (target >= 20,000 questionnaires/s)
                replay / bare-scan floor: %.2f                   (target <= 2)
                matrix query: p50 %.1f ms, p95 %.1f ms           (target p95 <= 100 ms)
                unit-index query: p50 %.1f ms, p95 %.1f ms
                timeline query: p50 %.1f ms, p95 %.1f ms
                citizen outcomes per unit and month: p50 %.1f ms, p95 %.1f ms
                same matrix aggregate: DuckDB %.1f ms, H2 %.1f ms, H2/DuckDB %.1f (target >= 20)
                peak RSS: %,d MiB                                 (target <= 2048)""",
                events, questionnaires, itemScores, importSeconds, importQuestionnairesPerSecond, floorSeconds, replaySeconds,
                replayQuestionnairesPerSecond, replayScoresPerSecond, replayToFloor, matrixP50, matrixP95, unitIndexP50,
                unitIndexP95, timelineP50, timelineP95, outcomesP50, outcomesP95, matrixDuckdb, matrixH2, h2ToDuckdb, peakRssMib);
    }
}
