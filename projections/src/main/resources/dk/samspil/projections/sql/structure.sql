-- The writes of StructureProjection that the Appender cannot do: revisions of organisations and study structure.
-- A revision supersedes the fact's current row at the event's position, then records the next version there.
-- Parameters: $1 the event's position, then the fact's key, then the new values in the order named.

-- name: organisation_superseded
-- The organisation's current name ends at the rename. Key: tenant.
UPDATE organisation SET superseded_pos = $1 WHERE tenant = $2 AND superseded_pos IS NULL;

-- name: organisation_renamed
-- The organisation under its new name. Values: name.
INSERT INTO organisation VALUES ($2, $3, $1, NULL);

-- name: study_superseded
-- The study's current description ends at the revision. Key: study.
UPDATE study SET superseded_pos = $1 WHERE study = $2 AND superseded_pos IS NULL;

-- name: study_revised
-- The study with its revised description, in the same organisation. Values: title, shared task, start.
INSERT INTO study SELECT study, tenant, $3, $4, $5, $1, NULL FROM study WHERE study = $2 AND superseded_pos = $1;

-- name: unit_superseded
-- The unit's current name and place end at the rename or move. Key: study, unit.
UPDATE unit SET superseded_pos = $1 WHERE study = $2 AND unit = $3 AND superseded_pos IS NULL;

-- name: unit_renamed
-- The unit under its new name, in the same place. Values: name.
INSERT INTO unit SELECT study, unit, $4, parent, $1, NULL FROM unit WHERE study = $2 AND unit = $3 AND superseded_pos = $1;

-- name: unit_moved
-- The unit under its new parent (null: a top unit), with the same name. Values: parent.
INSERT INTO unit SELECT study, unit, name, $4, $1, NULL FROM unit WHERE study = $2 AND unit = $3 AND superseded_pos = $1;

-- name: grp_superseded
-- The group's current name ends at the rename. Key: study, group.
UPDATE grp SET superseded_pos = $1 WHERE study = $2 AND grp = $3 AND superseded_pos IS NULL;

-- name: grp_renamed
-- The group under its new name. Values: name.
INSERT INTO grp VALUES ($2, $3, $4, $1, NULL);

-- name: wave_superseded
-- The wave's current label and dates end at the rescheduling. Key: study, wave.
UPDATE wave SET superseded_pos = $1 WHERE study = $2 AND wave = $3 AND superseded_pos IS NULL;

-- name: wave_rescheduled
-- The wave with its new label and dates. Values: label, opens on, closes on.
INSERT INTO wave VALUES ($2, $3, $4, $5, $6, $1, NULL);
