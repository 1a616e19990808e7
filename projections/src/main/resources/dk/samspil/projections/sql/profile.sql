-- Dimension profile: per item, the mean over respondents of each respondent's mean score on that
-- item (over the targets rated, optionally only one rater group and one target group).
-- Optionally only respondents of one unit and the units below it, and only those of a subgroup (their
-- value of a respondent attribute in the wave of their answers).
-- One wave, or every wave at once (per wave and item). Parameters: unit (twice, null for all),
-- study, as-of position (twice); study, wave (twice, null for all), instrument, as-of position
-- (twice), attribute (null for everyone), value, as-of position, study, wave (twice), instrument, rater group (twice, null for all), target group (twice,
-- null for all), unit (null for all), target group (null for all; contributors: questionnaire version:target).
WITH RECURSIVE chosen(unit) AS (
    SELECT CAST(? AS VARCHAR) WHERE CAST(? AS VARCHAR) IS NOT NULL
    UNION
    SELECT u.unit FROM unit u JOIN chosen c ON u.parent = c.unit
    WHERE u.study = ? AND u.recorded_pos <= ? AND (u.superseded_pos IS NULL OR u.superseded_pos > ?)
),
valid AS (
    SELECT s.recorded_pos
    FROM submission s
    WHERE s.study = ? AND (CAST(? AS VARCHAR) IS NULL OR s.wave = ?) AND s.instrument = ?
      AND s.recorded_pos <= ? AND (s.superseded_pos IS NULL OR s.superseded_pos > ?)
      AND in_subgroup(s.study, s.respondent, s.wave, CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS BIGINT))
),
respondent_item AS (
    SELECT i.wave, i.item, i.recorded_pos, avg(i.score) AS score
    FROM item_score i
    SEMI JOIN valid v ON i.recorded_pos = v.recorded_pos
    WHERE i.study = ? AND (CAST(? AS VARCHAR) IS NULL OR i.wave = ?) AND i.instrument = ? AND i.score IS NOT NULL
      AND (CAST(? AS VARCHAR) IS NULL OR i.respondent_group = ?)
      AND (CAST(? AS VARCHAR) IS NULL OR (i.target_kind = 'group' AND i.target = ?))
      AND (CAST(? AS VARCHAR) IS NULL OR i.respondent_unit IN (SELECT unit FROM chosen))
    GROUP BY i.wave, i.item, i.recorded_pos
)
SELECT wave, item, avg(score ORDER BY recorded_pos) AS mean, count(*) AS n,
       list(recorded_pos::VARCHAR || ':' || coalesce(CAST(? AS VARCHAR), '*') ORDER BY recorded_pos) AS contributors
FROM respondent_item
GROUP BY wave, item;
