-- Citizen outcomes per unit and calendar month: the mean value over the citizens measured that
-- month (a citizen measured twice in a month counts once, with the mean of their values).
-- Parameters: study, outcome, as-of position (twice).
WITH valid AS (
    SELECT unit, citizen, date_trunc('month', measured_on) AS month, value
    FROM outcome
    WHERE study = ? AND outcome = ? AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)
),
citizen_month AS (
    SELECT unit, month, citizen, avg(value) AS value FROM valid GROUP BY unit, month, citizen
)
SELECT unit, CAST(month AS DATE) AS month, avg(value ORDER BY citizen) AS mean, count(*) AS n
FROM citizen_month
GROUP BY unit, month
ORDER BY unit, month;
