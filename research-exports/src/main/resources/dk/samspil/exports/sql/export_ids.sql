-- Every respondent (r), citizen case (c) and rated person (p) id of the study recorded by the as-of position: the ids
-- the partner's pseudonyms replace; a citizen with background attributes is a case. Parameters: study, as-of position
-- (four times).
SELECT DISTINCT 'r', respondent FROM submission WHERE study = ? AND recorded_pos <= ?
UNION SELECT DISTINCT 'c', r.case_id FROM score_row r WHERE r.study = ? AND r.recorded_pos <= ? AND r.case_id IS NOT NULL
UNION SELECT DISTINCT 'p', r.target FROM score_row r WHERE r.study = ? AND r.recorded_pos <= ? AND r.target_kind = 'person'
UNION SELECT DISTINCT 'c', a.person FROM person_attribute a WHERE a.study = ? AND a.recorded_pos <= ? AND a.wave IS NULL
