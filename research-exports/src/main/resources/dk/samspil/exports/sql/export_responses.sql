-- Item-level responses valid at the as-of position, with partner pseudonyms for every person and case id;
-- collected_on is cut to the first of its month when the export coarsens dates.
-- Parameters: coarsen dates (boolean), study, as-of position (twice).
SELECT q.study, q.wave, q.instrument,
       pr.pseudonym AS respondent,
       q.respondent_group, q.respondent_unit,
       CASE WHEN ? THEN CAST(date_trunc('month', q.collected_on) AS DATE) ELSE q.collected_on END AS collected_on,
       i.target_kind,
       CASE WHEN i.target_kind = 'person' THEN pp.pseudonym ELSE i.target END AS target,
       pc.pseudonym AS "case",
       i.item,
       CAST(i.answer AS TINYINT) AS answer,
       CAST(i.score AS TINYINT) AS score,
       q.recorded_pos AS recorded_position
FROM submission q
JOIN item_score i ON i.recorded_pos = q.recorded_pos
JOIN export_pseudonym pr ON pr.kind = 'r' AND pr.id = q.respondent
LEFT JOIN export_pseudonym pc ON pc.kind = 'c' AND pc.id = i.case_id
LEFT JOIN export_pseudonym pp ON pp.kind = 'p' AND pp.id = i.target AND i.target_kind = 'person'
WHERE q.study = ? AND q.recorded_pos <= ? AND (q.superseded_pos IS NULL OR q.superseded_pos > ?)
ORDER BY q.wave, q.instrument, respondent, i.target_kind NULLS FIRST, target NULLS FIRST, "case" NULLS FIRST, i.item;
