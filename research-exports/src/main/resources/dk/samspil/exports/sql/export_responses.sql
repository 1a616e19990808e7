-- Item-level responses valid at the as-of position (export_questionnaire), with partner pseudonyms for every
-- person and case id; text columns are the export's ENUM types (export_enums.sql), written as plain strings.
-- collected_on is cut to the first of its month when the export coarsens dates. Parameter: coarsen dates (boolean).
SELECT q.study::export_study_t AS study, q.wave::export_wave_t AS wave, q.instrument::export_instrument_t AS instrument,
       pr.pseudonym::export_pseudonym_t AS respondent,
       q.respondent_group::export_group_t AS respondent_group, q.respondent_unit::export_unit_t AS respondent_unit,
       CASE WHEN ? THEN CAST(date_trunc('month', q.collected_on) AS DATE) ELSE q.collected_on END AS collected_on,
       i.target_kind,
       (CASE WHEN i.target_kind = 'person' THEN pp.pseudonym ELSE i.target END)::export_target_t AS target,
       pc.pseudonym::export_pseudonym_t AS "case",
       i.item::export_item_t AS item,
       CAST(i.answer AS TINYINT) AS answer,
       CAST(i.score AS TINYINT) AS score,
       q.recorded_pos AS recorded_position
FROM export_questionnaire q
JOIN item_score i ON i.recorded_pos = q.recorded_pos
JOIN export_pseudonym pr ON pr.kind = 'r' AND pr.id = q.respondent
LEFT JOIN export_pseudonym pc ON pc.kind = 'c' AND pc.id = i.case_id
LEFT JOIN export_pseudonym pp ON pp.kind = 'p' AND pp.id = i.target AND i.target_kind = 'person'
ORDER BY wave, instrument, respondent, i.target_kind NULLS FIRST, target NULLS FIRST, "case" NULLS FIRST, item;
