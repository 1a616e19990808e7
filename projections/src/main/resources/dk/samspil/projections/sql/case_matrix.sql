-- Case matrix: the relation matrix of the professionals in citizens' cases, from person-level
-- ratings (target person:<id> with a case). A rated person counts in the group they answered in
-- that wave; one who did not answer counts as 'unknown'. Cells are pooled over the chosen cases,
-- so small cases reach k together. Parameters: study, wave, instrument, as-of position (twice),
-- study, wave, instrument, then the case ids as one ';'-separated text ('' for every case).
WITH valid AS (
    SELECT recorded_pos, respondent, respondent_group
    FROM submission
    WHERE study = ? AND wave = ? AND instrument = ?
      AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)
),
rated_group AS (
    SELECT respondent, any_value(respondent_group) AS grp FROM valid GROUP BY respondent
),
respondent_score AS (
    SELECT v.respondent_group AS rater_group, coalesce(g.grp, 'unknown') AS target_group,
           i.recorded_pos, i.target, i.case_id, avg(i.score) AS score
    FROM item_score i
    JOIN valid v ON i.recorded_pos = v.recorded_pos
    LEFT JOIN rated_group g ON g.respondent = i.target
    WHERE i.study = ? AND i.wave = ? AND i.instrument = ?
      AND i.target_kind = 'person' AND i.score IS NOT NULL
      AND (? = '' OR list_contains(string_split(?, ';'), i.case_id))
    GROUP BY ALL
)
SELECT rater_group, target_group, avg(score ORDER BY recorded_pos, target, case_id) AS mean,
       count(DISTINCT recorded_pos) AS n, count(*) AS ratings, count(DISTINCT case_id) AS cases
FROM respondent_score
GROUP BY rater_group, target_group
ORDER BY rater_group, target_group;
