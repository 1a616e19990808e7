-- Citizen outcomes per unit and month (suppressed months carry no mean).
SELECT unit, month, outcome, mean, n, suppressed, k
FROM export_outcome
ORDER BY outcome, unit, month;
