-- Respondent attributes, wide: one row per wave and respondent with a value valid at the as-of position, one column per
-- respondent attribute, where {columns} stands (", max(value) FILTER (WHERE attribute = '<key>') AS attr_<key>" each).
-- Respondents carry their partner pseudonym. Parameters: study, as-of position (twice).
SELECT a.study, a.wave, p.pseudonym AS respondent{columns}
FROM person_attribute a
JOIN export_pseudonym p ON p.kind = 'r' AND p.id = a.person
WHERE a.study = ? AND a.wave IS NOT NULL AND a.recorded_pos <= ? AND (a.superseded_pos IS NULL OR a.superseded_pos > ?)
GROUP BY a.study, a.wave, p.pseudonym
ORDER BY a.wave, respondent;
