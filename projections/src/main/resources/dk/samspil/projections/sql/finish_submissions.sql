-- Moves a batch's staged questionnaire versions into submission and score_row (lists cast from
-- their text form, the questionnaire's columns copied onto each of its rows), then empties the stage.
INSERT INTO submission
SELECT recorded_pos, submission_id, study, wave, instrument, person_ref, respondent, respondent_group, respondent_unit,
       collected_on, version_kind, recorded_at, NULL
FROM stage_submission;

INSERT INTO score_row
SELECT s.recorded_pos, s.study, s.wave, s.instrument, s.respondent_group, s.respondent_unit, r.target_kind, r.target,
       r.case_id, CAST(r.items AS SMALLINT[]), CAST(r.answers AS SMALLINT[]), CAST(r.scores AS SMALLINT[])
FROM stage_score r
JOIN stage_submission s ON s.recorded_pos = r.recorded_pos;

DELETE FROM stage_score;
DELETE FROM stage_submission;
