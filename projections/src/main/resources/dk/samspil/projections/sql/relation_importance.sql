-- How important raters find each relation (relation-importance@1, item 'importance'): per rater group
-- and target group, the mean over respondents of their importance score for that target.
-- The same figure as the item profile of that rater and target (FigureKey.item), with who counts in it.
-- Parameters: study, wave, as-of position (twice), study, wave.
WITH valid AS (
    SELECT recorded_pos
    FROM submission
    WHERE study = ? AND wave = ? AND instrument = 'relation-importance@1'
      AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)
),
rated AS (
    SELECT i.respondent_group, i.target, i.recorded_pos, avg(i.score) AS score
    FROM item_score i
    -- a join, not a semi join: a version is valid once, and DuckDB then hashes the few valid versions, not every item row
    JOIN valid v ON i.recorded_pos = v.recorded_pos
    WHERE i.study = ? AND i.wave = ? AND i.instrument = 'relation-importance@1' AND i.item = 'importance'
      AND i.target_kind = 'group' AND i.score IS NOT NULL
    GROUP BY i.respondent_group, i.target, i.recorded_pos
)
SELECT respondent_group, target, avg(score ORDER BY recorded_pos) AS mean, count(*) AS n,
       list(recorded_pos::VARCHAR || ':' || target ORDER BY recorded_pos) AS contributors
FROM rated
GROUP BY respondent_group, target;
