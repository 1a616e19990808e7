-- Respondent scores (measures.md): per questionnaire valid at the as-of position (export_questionnaire) and
-- target (and case), the mean of the respondent's non-missing item scores, with the number of items behind it.
-- Text columns are the export's ENUM types (export_enums.sql), written as plain strings.
SELECT q.study::export_study_t AS study, q.wave::export_wave_t AS wave, q.instrument::export_instrument_t AS instrument,
       pr.pseudonym::export_pseudonym_t AS respondent,
       q.respondent_group::export_group_t AS respondent_group, q.respondent_unit::export_unit_t AS respondent_unit,
       r.target_kind,
       (CASE WHEN r.target_kind = 'person' THEN pp.pseudonym ELSE r.target END)::export_target_t AS target,
       pc.pseudonym::export_pseudonym_t AS "case",
       sum(list_sum(r.scores)) / sum(list_count(r.scores)) AS score,
       CAST(sum(list_count(r.scores)) AS INTEGER) AS n_items
FROM export_questionnaire q
JOIN score_row r ON r.recorded_pos = q.recorded_pos
JOIN export_pseudonym pr ON pr.kind = 'r' AND pr.id = q.respondent
LEFT JOIN export_pseudonym pc ON pc.kind = 'c' AND pc.id = r.case_id
LEFT JOIN export_pseudonym pp ON pp.kind = 'p' AND pp.id = r.target AND r.target_kind = 'person'
GROUP BY ALL
HAVING sum(list_count(r.scores)) > 0
ORDER BY wave, instrument, respondent, r.target_kind NULLS FIRST, target NULLS FIRST, "case" NULLS FIRST;
