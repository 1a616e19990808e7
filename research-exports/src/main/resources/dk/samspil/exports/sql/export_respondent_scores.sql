-- Respondent scores (measures.md): per questionnaire valid at the as-of position and target (and
-- case), the mean of the respondent's non-missing item scores, with the number of items behind it.
-- Parameters: study, as-of position (twice).
SELECT q.study, q.wave, q.instrument,
       pr.pseudonym AS respondent,
       q.respondent_group, q.respondent_unit,
       r.target_kind,
       CASE WHEN r.target_kind = 'person' THEN pp.pseudonym ELSE r.target END AS target,
       pc.pseudonym AS "case",
       sum(list_sum(r.scores)) / sum(list_count(r.scores)) AS score,
       CAST(sum(list_count(r.scores)) AS INTEGER) AS n_items
FROM submission q
JOIN score_row r ON r.recorded_pos = q.recorded_pos
JOIN export_pseudonym pr ON pr.kind = 'r' AND pr.id = q.respondent
LEFT JOIN export_pseudonym pc ON pc.kind = 'c' AND pc.id = r.case_id
LEFT JOIN export_pseudonym pp ON pp.kind = 'p' AND pp.id = r.target AND r.target_kind = 'person'
WHERE q.study = ? AND q.recorded_pos <= ? AND (q.superseded_pos IS NULL OR q.superseded_pos > ?)
GROUP BY q.study, q.wave, q.instrument, pr.pseudonym, q.respondent_group, q.respondent_unit, r.target_kind,
         CASE WHEN r.target_kind = 'person' THEN pp.pseudonym ELSE r.target END, pc.pseudonym
HAVING sum(list_count(r.scores)) > 0
ORDER BY q.wave, q.instrument, respondent, r.target_kind NULLS FIRST, target NULLS FIRST, "case" NULLS FIRST;
