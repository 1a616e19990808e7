-- Change between two waves (measures.md): per wave, per item the mean over respondents of each
-- respondent's mean score on that item (over the targets rated), and overall (item NULL) the mean
-- over respondents of each respondent's mean over all their non-missing item scores, both from
-- item-level rows, with the sample variance over respondents. Optionally one unit; scope as in
-- unit_index.sql. A subgroup keeps, in each wave, the respondents whose value of a respondent attribute
-- in that wave is the one asked (a null attribute keeps everyone).
-- Parameters: study, instrument, wave, wave, as-of position (twice), attribute, value, as-of position,
-- study, instrument, wave, wave, unit (twice, null for all), scope (three times), study, instrument.
WITH valid AS (
    SELECT recorded_pos
    FROM submission s
    WHERE s.study = ? AND s.instrument = ? AND s.wave IN (?, ?)
      AND s.recorded_pos <= ? AND (s.superseded_pos IS NULL OR s.superseded_pos > ?)
      AND in_subgroup(s.study, s.respondent, s.wave, CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS BIGINT))
),
-- score_row's items unnested after the rows are chosen, as profile.sql does: through the item_score view,
-- DuckDB hashes every item row of the study to choose them. Items are told by their index until the end.
chosen_rows AS (
    SELECT r.recorded_pos, r.wave, r.items, r.scores
    FROM score_row r
    SEMI JOIN valid v ON r.recorded_pos = v.recorded_pos
    WHERE r.study = ? AND r.instrument = ? AND r.wave IN (?, ?)
      AND (CAST(? AS VARCHAR) IS NULL OR r.respondent_unit = ?)
      AND (? = 'all'
           OR (? = 'between' AND r.target_kind = 'group' AND r.target <> r.respondent_group)
           OR (? = 'within' AND r.target_kind = 'group' AND r.target = r.respondent_group))
),
items AS (
    SELECT idx, item FROM instrument_item WHERE study = ? AND instrument = ?
),
answered AS (
    SELECT u.wave, u.idx, u.recorded_pos, u.score
    FROM (SELECT recorded_pos, wave, unnest(coalesce(items, range(len(scores))::SMALLINT[])) AS idx, unnest(scores) AS score
          FROM chosen_rows) u
    SEMI JOIN items ii ON ii.idx = u.idx
    WHERE u.score IS NOT NULL
),
respondent_item AS (
    SELECT wave, idx, recorded_pos, avg(score) AS score FROM answered GROUP BY wave, idx, recorded_pos
),
respondent_all AS (
    SELECT wave, recorded_pos, avg(score) AS score FROM answered GROUP BY wave, recorded_pos
)
SELECT m.wave, ii.item, avg(m.score ORDER BY m.recorded_pos) AS mean, count(*) AS n, var_samp(m.score ORDER BY m.recorded_pos) AS variance
FROM respondent_item m JOIN items ii ON ii.idx = m.idx GROUP BY m.wave, ii.item
UNION ALL
SELECT wave, NULL, avg(score ORDER BY recorded_pos), count(*), var_samp(score ORDER BY recorded_pos) FROM respondent_all GROUP BY wave;
