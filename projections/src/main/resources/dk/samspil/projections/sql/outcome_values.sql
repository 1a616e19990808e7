-- Citizen outcome values as outcome_months.sql counts them: one value per citizen, unit and
-- calendar month (the mean of a citizen's values that month).
-- Parameters: study, outcome, as-of position (twice).
WITH valid AS (
    SELECT unit, citizen, date_trunc('month', measured_on) AS month, value
    FROM outcome
    WHERE study = ? AND outcome = ? AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)
)
SELECT unit, CAST(month AS DATE) AS month, citizen, avg(value) AS value
FROM valid
GROUP BY unit, month, citizen
ORDER BY unit, month, citizen;
