-- ENUM types over export_questionnaire (see export_questionnaire.sql); dropped first, as a connection may export twice.
-- DuckDB then sorts them as integers and writes Parquet dictionary pages straight from them (about 4x faster
-- than from VARCHAR). Each type holds exactly the values the export can contain at this position, in text
-- order, so sorting is unchanged and later events never change an earlier export's bytes.
DROP TYPE IF EXISTS export_study_t;
DROP TYPE IF EXISTS export_wave_t;
DROP TYPE IF EXISTS export_instrument_t;
DROP TYPE IF EXISTS export_group_t;
DROP TYPE IF EXISTS export_unit_t;
DROP TYPE IF EXISTS export_item_t;
DROP TYPE IF EXISTS export_target_t;
DROP TYPE IF EXISTS export_pseudonym_t;
CREATE TEMP TYPE export_study_t AS ENUM (SELECT DISTINCT study FROM export_questionnaire ORDER BY 1);
CREATE TEMP TYPE export_wave_t AS ENUM (SELECT DISTINCT wave FROM export_questionnaire ORDER BY 1);
CREATE TEMP TYPE export_instrument_t AS ENUM (SELECT DISTINCT instrument FROM export_questionnaire ORDER BY 1);
CREATE TEMP TYPE export_group_t AS ENUM (
    SELECT DISTINCT respondent_group FROM export_questionnaire WHERE respondent_group IS NOT NULL ORDER BY 1);
CREATE TEMP TYPE export_unit_t AS ENUM (SELECT DISTINCT respondent_unit FROM export_questionnaire ORDER BY 1);
CREATE TEMP TYPE export_item_t AS ENUM (
    SELECT DISTINCT ii.item
    FROM (SELECT DISTINCT r.study, r.instrument, unnest(coalesce(r.items, range(len(r.scores))::SMALLINT[])) AS idx
          FROM score_row r JOIN export_questionnaire q ON q.recorded_pos = r.recorded_pos) u
    JOIN instrument_item ii ON ii.study = u.study AND ii.instrument = u.instrument AND ii.idx = u.idx
    ORDER BY 1);
CREATE TEMP TYPE export_target_t AS ENUM (
    SELECT DISTINCT CASE WHEN r.target_kind = 'person' THEN p.pseudonym ELSE r.target END AS target
    FROM score_row r JOIN export_questionnaire q ON q.recorded_pos = r.recorded_pos
    LEFT JOIN export_pseudonym p ON p.kind = 'p' AND p.id = r.target AND r.target_kind = 'person'
    WHERE r.target IS NOT NULL
    ORDER BY 1);
CREATE TEMP TYPE export_pseudonym_t AS ENUM (
    SELECT DISTINCT p.pseudonym FROM export_questionnaire q JOIN export_pseudonym p ON p.kind = 'r' AND p.id = q.respondent
    UNION
    SELECT DISTINCT p.pseudonym FROM score_row r JOIN export_questionnaire q ON q.recorded_pos = r.recorded_pos
    JOIN export_pseudonym p ON p.kind = 'c' AND p.id = r.case_id
    ORDER BY 1);
