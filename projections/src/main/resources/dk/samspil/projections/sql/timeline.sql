-- The writes of TimelineProjection: interventions and their steps, organisational changes, unit lineage, milestones
-- and invitations. A revision (intervention, milestone) supersedes the current row at the event's position, then
-- records the next version there; its parameters are $1 the event's position, then the key, then the new values.
-- The other statements take their values in the table's column order.

-- name: intervention_planned
-- A planned intervention's first version; units, target groups, relations (from>to) and cases are ';'-separated.
INSERT INTO intervention VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'planned', NULL, NULL, ?, NULL);

-- name: intervention_superseded
-- The intervention's current version ends at the event. Key: study, intervention.
UPDATE intervention SET superseded_pos = $1 WHERE study = $2 AND intervention = $3 AND superseded_pos IS NULL;

-- name: intervention_started
-- Running from the start date. Values: started on.
INSERT INTO intervention SELECT study, intervention, type, title, units, target_groups, relations, cases,
    'running', $4, ended_on, $1, NULL FROM intervention WHERE study = $2 AND intervention = $3 AND superseded_pos = $1;

-- name: intervention_adjusted
-- A new title and targets, in the same status. Values: title, units, target groups, relations, cases.
INSERT INTO intervention SELECT study, intervention, type, $4, $5, $6, $7, $8, status, started_on, ended_on, $1, NULL
    FROM intervention WHERE study = $2 AND intervention = $3 AND superseded_pos = $1;

-- name: intervention_ended
-- Ended on the end date. Values: ended on.
INSERT INTO intervention SELECT study, intervention, type, title, units, target_groups, relations, cases,
    'ended', started_on, $4, $1, NULL FROM intervention WHERE study = $2 AND intervention = $3 AND superseded_pos = $1;

-- name: intervention_dates_corrected
-- Corrected dates, and the status they imply. Values: status, started on, ended on.
INSERT INTO intervention SELECT study, intervention, type, title, units, target_groups, relations, cases, $4, $5, $6, $1, NULL
    FROM intervention WHERE study = $2 AND intervention = $3 AND superseded_pos = $1;

-- name: intervention_step
-- One step of an intervention's course (planned, started, adjusted, evaluated, ended, dates_corrected).
INSERT INTO intervention_step VALUES (?, ?, ?, ?, ?, ?);

-- name: org_change
-- An organisational change of a unit, dated by when it took effect.
INSERT INTO org_change VALUES (?, ?, ?, ?, ?, ?, ?);

-- name: unit_lineage
-- A merge (unit went into successor) or a split (successor split off from unit).
INSERT INTO unit_lineage VALUES (?, ?, ?, ?, ?, ?);

-- name: milestone_superseded
-- The milestone's current statement ends when it is restated. Key: study, milestone.
UPDATE milestone SET superseded_pos = $1 WHERE study = $2 AND milestone = $3 AND superseded_pos IS NULL;

-- name: milestone_reached
-- The milestone as now stated. Values: step, reached on, note.
INSERT INTO milestone VALUES ($2, $3, $4, $5, $6, $1, NULL);

-- name: invitations_issued
-- Personal questionnaire links handed out for a wave and unit.
INSERT INTO invitation VALUES (?, ?, ?, ?, ?, ?);
