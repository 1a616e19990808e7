-- Citizen outcome values as outcome_months.sql counts them: one value per citizen, unit and
-- calendar month (the mean of a citizen's values that month).
-- A subgroup keeps the measurements of citizens whose value of a citizen attribute on the measurement day is the one asked.
-- Parameters: study, outcome, as-of position (twice), attribute (null for everyone), value, as-of position.
WITH valid AS (
    SELECT unit, citizen, date_trunc('month', measured_on) AS month, value
    FROM outcome
    WHERE study = ? AND outcome = ? AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)
      AND citizen_in_subgroup(study, citizen, measured_on, CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS BIGINT))
)
SELECT unit, CAST(month AS DATE) AS month, citizen, avg(value) AS value
FROM valid
GROUP BY unit, month, citizen
ORDER BY unit, month, citizen;
