-- Interventions as they stood at the as-of position (dates coarsened to the month when asked).
SELECT intervention, type, title, units, target_groups, status, started_on, ended_on
FROM export_intervention
ORDER BY intervention;
