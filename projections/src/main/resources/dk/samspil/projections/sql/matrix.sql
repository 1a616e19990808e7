-- Relation matrix (measures.md): per rater group and target group, the mean over respondents of
-- each respondent's mean non-missing score for that target, counting only questionnaire versions
-- valid at the as-of position, optionally only respondents of one unit and the units below it.
-- A subgroup keeps the respondents whose value of a respondent attribute in the wave is the one asked.
-- Parameters: unit (twice, null for all), study, as-of position (twice); study, wave, instrument,
-- as-of position (twice), attribute (null for everyone), value, as-of position; study, wave, instrument again (they let DuckDB skip the row groups of
-- other studies); unit (null for all). contributors names who counts (FigureGate): questionnaire version:target.
WITH RECURSIVE chosen(unit) AS (
    SELECT CAST(? AS VARCHAR) WHERE CAST(? AS VARCHAR) IS NOT NULL
    UNION
    SELECT u.unit FROM unit u JOIN chosen c ON u.parent = c.unit
    WHERE u.study = ? AND u.recorded_pos <= ? AND (u.superseded_pos IS NULL OR u.superseded_pos > ?)
),
valid AS (
    SELECT s.recorded_pos
    FROM submission s
    WHERE s.study = ? AND s.wave = ? AND s.instrument = ?
      AND s.recorded_pos <= ? AND (s.superseded_pos IS NULL OR s.superseded_pos > ?)
      AND in_subgroup(s.study, s.respondent, s.wave, CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS BIGINT))
),
respondent_score AS (
    SELECT r.respondent_group AS rater_group, r.target AS target_group, r.recorded_pos,
           sum(list_sum(r.scores)) / sum(list_count(r.scores)) AS score
    FROM score_row r
    SEMI JOIN valid v ON r.recorded_pos = v.recorded_pos
    WHERE r.study = ? AND r.wave = ? AND r.instrument = ?
      AND r.target_kind = 'group' AND r.respondent_group IS NOT NULL
      AND (CAST(? AS VARCHAR) IS NULL OR r.respondent_unit IN (SELECT unit FROM chosen))
    GROUP BY r.respondent_group, r.target, r.recorded_pos
    HAVING sum(list_count(r.scores)) > 0
)
SELECT rater_group, target_group,
       avg(score ORDER BY recorded_pos) AS mean,
       count(*) AS n,
       list(recorded_pos::VARCHAR || ':' || target_group ORDER BY recorded_pos) AS contributors
FROM respondent_score
GROUP BY rater_group, target_group
ORDER BY rater_group, target_group;
