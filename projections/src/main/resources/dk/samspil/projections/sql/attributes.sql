-- name: defined
-- A study's background attributes as defined at a position, in the order study.json first gave them.
SELECT definition FROM (
    SELECT definition, recorded_pos, superseded_pos, min(recorded_pos) OVER (PARTITION BY attribute) AS first_pos
    FROM study_attribute WHERE study = ?)
WHERE recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)
ORDER BY first_pos;
