-- Dimension profile: per item, the mean over respondents of each respondent's mean score on that
-- item (over the targets rated, optionally only one rater group and one target group).
-- Optionally only respondents of one unit and the units below it, and only those of a subgroup (their
-- value of a respondent attribute in the wave of their answers).
-- One wave, or every wave at once (per wave and item). Parameters: unit (twice, null for all),
-- study, as-of position (twice); study, wave (twice, null for all), instrument, as-of position
-- (twice), attribute (null for everyone), value, as-of position, study, wave (twice), instrument, rater group (twice, null for all), target group (twice,
-- null for all), unit (null for all), whether the gate reads contributors, target group (null for all; contributors:
-- questionnaire version:target), study, instrument.
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
-- The item_score view's unnesting, done after the rows are chosen: joined through the view, DuckDB hashes
-- every item row of the study to choose them (380 against 105 ms for a DK-50 municipality's RK profile).
chosen_rows AS (
    SELECT r.recorded_pos, r.wave, r.items, r.scores
    FROM score_row r
    SEMI JOIN valid v ON r.recorded_pos = v.recorded_pos
    WHERE r.study = ? AND (CAST(? AS VARCHAR) IS NULL OR r.wave = ?) AND r.instrument = ?
      AND (CAST(? AS VARCHAR) IS NULL OR r.respondent_group = ?)
      AND (CAST(? AS VARCHAR) IS NULL OR (r.target_kind = 'group' AND r.target = ?))
      AND (CAST(? AS VARCHAR) IS NULL OR r.respondent_unit IN (SELECT unit FROM chosen))
),
unnested AS (
    SELECT recorded_pos, wave, unnest(coalesce(items, range(len(scores))::SMALLINT[])) AS idx, unnest(scores) AS score
    FROM chosen_rows
),
respondent_item AS (
    SELECT wave, idx, recorded_pos, avg(score) AS score
    FROM unnested
    WHERE score IS NOT NULL
    GROUP BY wave, idx, recorded_pos
),
item_mean AS (
    SELECT wave, idx, avg(score ORDER BY recorded_pos) AS mean, count(*) AS n,
           CASE WHEN CAST(? AS BOOLEAN) THEN list(recorded_pos::VARCHAR || ':' || coalesce(CAST(? AS VARCHAR), '*') ORDER BY recorded_pos) END
               AS contributors
    FROM respondent_item
    GROUP BY wave, idx
)
SELECT m.wave, ii.item, m.mean, m.n, m.contributors
FROM item_mean m
JOIN instrument_item ii ON ii.study = ? AND ii.instrument = ? AND ii.idx = m.idx;
