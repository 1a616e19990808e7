-- A study's units with their parents as of a position, in the order the study defined them.
-- Parameters: study, as-of position (twice).
SELECT u.unit, u.name, u.parent
FROM unit u
WHERE u.study = ? AND u.recorded_pos <= ? AND (u.superseded_pos IS NULL OR u.superseded_pos > ?)
ORDER BY (SELECT min(f.recorded_pos) FROM unit f WHERE f.study = u.study AND f.unit = u.unit), u.unit;
