-- Unit index (measures.md): per unit, the mean over its respondents of each respondent's mean
-- over all non-missing item scores of the instrument; scope 'between' keeps only ratings of
-- other groups than the respondent's own, 'within' only of the own group, 'all' keeps every row.
-- A subgroup keeps the respondents whose value of a respondent attribute in the wave is the one asked
-- (as recorded at the as-of position); with a null attribute every respondent counts.
-- One wave's, or every wave's in one pass (each row names its wave).
-- Parameters: study, wave, whether every wave, instrument, as-of position (twice), attribute, value, as-of position,
-- study, wave, whether every wave, instrument, scope (five times).
-- contributors: questionnaire version:value, the value its own group's rating for 'within', else the scope.
WITH valid AS (
    SELECT s.recorded_pos
    FROM submission s
    WHERE s.study = ? AND (s.wave = ? OR CAST(? AS BOOLEAN)) AND s.instrument = ?
      AND s.recorded_pos <= ? AND (s.superseded_pos IS NULL OR s.superseded_pos > ?)
      AND in_subgroup(s.study, s.respondent, s.wave, CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS BIGINT))
),
respondent_score AS (
    SELECT r.wave, r.respondent_unit AS unit, r.recorded_pos, sum(list_sum(r.scores)) / sum(list_count(r.scores)) AS score,
           any_value(r.respondent_group) AS grp
    FROM score_row r
    SEMI JOIN valid v ON r.recorded_pos = v.recorded_pos
    WHERE r.study = ? AND (r.wave = ? OR CAST(? AS BOOLEAN)) AND r.instrument = ?
      AND (? = 'all'
           OR (? = 'between' AND r.target_kind = 'group' AND r.target <> r.respondent_group)
           OR (? = 'within' AND r.target_kind = 'group' AND r.target = r.respondent_group))
    GROUP BY r.wave, r.respondent_unit, r.recorded_pos
    HAVING sum(list_count(r.scores)) > 0
)
SELECT wave, unit, avg(score ORDER BY recorded_pos) AS mean, count(*) AS n,
       list(recorded_pos::VARCHAR || ':' || CASE WHEN CAST(? AS VARCHAR) = 'within' THEN grp ELSE CAST(? AS VARCHAR) END
            ORDER BY recorded_pos) AS contributors
FROM respondent_score
GROUP BY wave, unit
ORDER BY wave, unit;
