-- Organisational changes recorded by the as-of position (dates coarsened to the month when asked).
SELECT change, unit, other_unit, effective_on, note
FROM export_org_change
ORDER BY effective_on, change, unit, other_unit NULLS FIRST;
