-- Citizen attributes over time: one row per citizen and day (month, when dates are coarsened) on which a value took
-- effect, one column per citizen attribute with the value valid from then, where {columns} stands
-- (", (SELECT arg_max(v.value, v.valid_from) FROM valid v WHERE v.person = d.person AND v.attribute = '<key>'
-- AND v.valid_from < d.until) AS attr_<key>" each): a coarsened row holds what stood at the end of its month.
-- Citizens carry their partner pseudonym (as cases do). Parameters: study, as-of position (twice), coarsen dates (twice).
WITH valid AS (
    SELECT study, person, attribute, valid_from, value FROM person_attribute
    WHERE study = ? AND wave IS NULL AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)),
days AS (
    SELECT DISTINCT study, person, CASE WHEN ? THEN CAST(date_trunc('month', valid_from) AS DATE) ELSE valid_from END AS valid_from
    FROM valid),
d AS (
    SELECT study, person, valid_from,
           CASE WHEN ? THEN CAST(valid_from + INTERVAL 1 MONTH AS DATE) ELSE CAST(valid_from + INTERVAL 1 DAY AS DATE) END AS until
    FROM days)
SELECT d.study, p.pseudonym AS citizen, d.valid_from{columns}
FROM d
JOIN export_pseudonym p ON p.kind = 'c' AND p.id = d.person
ORDER BY citizen, d.valid_from;
