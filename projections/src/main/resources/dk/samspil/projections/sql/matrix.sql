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
    SELECT i.respondent_group AS rater_group, i.target AS target_group, i.recorded_pos, avg(i.score) AS score
    FROM item_score i
    SEMI JOIN valid v ON i.recorded_pos = v.recorded_pos
    WHERE i.study = ? AND i.wave = ? AND i.instrument = ?
      AND i.target_kind = 'group' AND i.score IS NOT NULL AND i.respondent_group IS NOT NULL
    GROUP BY i.respondent_group, i.target, i.recorded_pos
)
SELECT rater_group, target_group,
       avg(score ORDER BY recorded_pos) AS mean,
       count(*) AS n
FROM respondent_score
GROUP BY rater_group, target_group
ORDER BY rater_group, target_group;
