-- The study's relationship map (which relations matter, high/middle/low) as recorded at a position.
SELECT from_group, to_group, importance
FROM relation
WHERE study = ? AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)
ORDER BY from_group, to_group
