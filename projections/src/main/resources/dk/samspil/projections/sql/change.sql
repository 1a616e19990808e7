-- Change between two waves (measures.md): per wave, per item the mean over respondents of each
-- respondent's mean score on that item (over the targets rated), and overall (item NULL) the mean
-- over respondents of each respondent's mean over all their non-missing item scores, both from
-- item-level rows, with the sample variance over respondents. Optionally one unit; scope as in
-- unit_index.sql. A subgroup keeps, in each wave, the respondents whose value of a respondent attribute
-- in that wave is the one asked (a null attribute keeps everyone).
-- Parameters: study, instrument, wave, wave, as-of position (twice), attribute, value, as-of position,
-- study, instrument, wave, wave, unit (twice, null for all), scope (three times).
WITH valid AS (
    SELECT recorded_pos
    FROM submission s
    WHERE s.study = ? AND s.instrument = ? AND s.wave IN (?, ?)
      AND s.recorded_pos <= ? AND (s.superseded_pos IS NULL OR s.superseded_pos > ?)
      AND in_subgroup(s.study, s.respondent, s.wave, CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS BIGINT))
),
answered AS (
    SELECT i.wave, i.item, i.recorded_pos, i.score
    FROM item_score i
    SEMI JOIN valid v ON i.recorded_pos = v.recorded_pos
    WHERE i.study = ? AND i.instrument = ? AND i.wave IN (?, ?) AND i.score IS NOT NULL
      AND (CAST(? AS VARCHAR) IS NULL OR i.respondent_unit = ?)
      AND (? = 'all'
           OR (? = 'between' AND i.target_kind = 'group' AND i.target <> i.respondent_group)
           OR (? = 'within' AND i.target_kind = 'group' AND i.target = i.respondent_group))
),
respondent_item AS (
    SELECT wave, item, recorded_pos, avg(score) AS score FROM answered GROUP BY wave, item, recorded_pos
),
respondent_all AS (
    SELECT wave, recorded_pos, avg(score) AS score FROM answered GROUP BY wave, recorded_pos
)
SELECT wave, item, avg(score ORDER BY recorded_pos) AS mean, count(*) AS n, var_samp(score ORDER BY recorded_pos) AS variance
FROM respondent_item GROUP BY wave, item
UNION ALL
SELECT wave, NULL, avg(score ORDER BY recorded_pos), count(*), var_samp(score ORDER BY recorded_pos) FROM respondent_all GROUP BY wave;
