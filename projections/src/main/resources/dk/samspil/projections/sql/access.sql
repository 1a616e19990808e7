-- Researchers' person-level grants (PersonLevelGrantProjection, PersonLevelGrants).

-- name: person_level_changed
-- Values in the table's column order: position, username, organisation, granted, changed by.
INSERT INTO person_level_grant VALUES (?, ?, ?, ?, ?);

-- name: person_level_of
-- The organisations whose newest event for the account grants it. Parameters: username.
SELECT organisation FROM person_level_grant WHERE username = ?
QUALIFY row_number() OVER (PARTITION BY organisation ORDER BY position DESC) = 1 AND granted
ORDER BY organisation;

-- name: person_level_grants
-- Every grant in force, with who granted it and when it was recorded.
SELECT g.username, g.organisation, g.changed_by, l.recorded_at
FROM person_level_grant g LEFT JOIN event_log l ON l.position = g.position
QUALIFY row_number() OVER (PARTITION BY g.username, g.organisation ORDER BY g.position DESC) = 1 AND g.granted
ORDER BY g.username, g.organisation;
