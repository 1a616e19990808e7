-- The unit-index definition for every wave at once: per wave, the mean over respondents (of one
-- unit, or of the whole study) of each respondent's mean over all their non-missing item scores.
-- Parameters: study, instrument, as-of position (twice), study, instrument, unit (twice, null for all).
WITH valid AS (
    SELECT recorded_pos
    FROM submission
    WHERE study = ? AND instrument = ?
      AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)
),
respondent_score AS (
    SELECT r.wave, r.recorded_pos, sum(list_sum(r.scores)) / sum(list_count(r.scores)) AS score
    FROM score_row r
    SEMI JOIN valid v ON r.recorded_pos = v.recorded_pos
    WHERE r.study = ? AND r.instrument = ? AND (CAST(? AS VARCHAR) IS NULL OR r.respondent_unit = ?)
    GROUP BY r.wave, r.recorded_pos
    HAVING sum(list_count(r.scores)) > 0
)
SELECT wave, avg(score ORDER BY recorded_pos) AS mean, count(*) AS n,
       list(recorded_pos::VARCHAR || ':all' ORDER BY recorded_pos) AS contributors
FROM respondent_score
GROUP BY wave;
