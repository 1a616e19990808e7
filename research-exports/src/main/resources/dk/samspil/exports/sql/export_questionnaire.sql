-- The questionnaires valid at the as-of position, which the item-level files and their ENUM types
-- (export_enums.sql) read. Parameters: study, as-of position (twice).
CREATE OR REPLACE TEMP TABLE export_questionnaire AS
SELECT recorded_pos, study, wave, instrument, respondent, respondent_group, respondent_unit, collected_on
FROM submission
WHERE study = ? AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?);
