-- Unit index (measures.md): per unit, the mean over its respondents of each respondent's mean
-- over all non-missing item scores of the instrument; scope 'between' keeps only ratings of
-- other groups than the respondent's own, 'within' only of the own group, 'all' keeps every row.
-- Parameters: study, wave, instrument, as-of position (twice), study, wave, instrument, scope (three times).
WITH valid AS (
    SELECT recorded_pos
    FROM submission
    WHERE study = ? AND wave = ? AND instrument = ?
      AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)
),
respondent_score AS (
    SELECT i.respondent_unit AS unit, i.recorded_pos, avg(i.score) AS score
    FROM item_score i
    SEMI JOIN valid v ON i.recorded_pos = v.recorded_pos
    WHERE i.study = ? AND i.wave = ? AND i.instrument = ? AND i.score IS NOT NULL
      AND (? = 'all'
           OR (? = 'between' AND i.target_kind = 'group' AND i.target <> i.respondent_group)
           OR (? = 'within' AND i.target_kind = 'group' AND i.target = i.respondent_group))
    GROUP BY i.respondent_unit, i.recorded_pos
)
SELECT unit, avg(score ORDER BY recorded_pos) AS mean, count(*) AS n
FROM respondent_score
GROUP BY unit
ORDER BY unit;
