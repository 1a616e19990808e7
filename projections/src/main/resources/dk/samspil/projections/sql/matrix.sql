-- Relation matrix (measures.md): per rater group and target group, the mean over respondents of
-- each respondent's mean non-missing score for that target, counting only questionnaire versions
-- valid at the as-of position. Parameters: study, wave, instrument, as-of position (twice), then
-- study, wave, instrument again (they let DuckDB skip the row groups of other studies).
WITH valid AS (
    SELECT recorded_pos
    FROM submission
    WHERE study = ? AND wave = ? AND instrument = ?
      AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)
),
respondent_score AS (
    SELECT r.respondent_group AS rater_group, r.target AS target_group, r.recorded_pos,
           sum(list_sum(r.scores)) / sum(list_count(r.scores)) AS score
    FROM score_row r
    SEMI JOIN valid v ON r.recorded_pos = v.recorded_pos
    WHERE r.study = ? AND r.wave = ? AND r.instrument = ?
      AND r.target_kind = 'group' AND r.respondent_group IS NOT NULL
    GROUP BY r.respondent_group, r.target, r.recorded_pos
    HAVING sum(list_count(r.scores)) > 0
)
SELECT rater_group, target_group,
       avg(score ORDER BY recorded_pos) AS mean,
       count(*) AS n
FROM respondent_score
GROUP BY rater_group, target_group
ORDER BY rater_group, target_group;
