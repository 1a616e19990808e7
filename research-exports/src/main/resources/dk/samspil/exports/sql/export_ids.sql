-- Every respondent (r), citizen case (c) and rated person (p) id of the study recorded by the as-of position: the ids
-- the partner's pseudonyms replace. Parameters: study, as-of position (three times).
SELECT DISTINCT 'r', respondent FROM submission WHERE study = ? AND recorded_pos <= ?
UNION SELECT DISTINCT 'c', r.case_id FROM score_row r WHERE r.study = ? AND r.recorded_pos <= ? AND r.case_id IS NOT NULL
UNION SELECT DISTINCT 'p', r.target FROM score_row r WHERE r.study = ? AND r.recorded_pos <= ? AND r.target_kind = 'person'
