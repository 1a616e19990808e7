-- A citizen outcome before and after a day, over some units: the citizen-months (a citizen's mean in a
-- month, as outcome_periods.sql counts them) of the months from a first month up to the start month
-- (before) and from the start month up to an end month (after). values and variance are of the
-- citizen-months, n is how many citizens, contributors as outcome_periods.sql names them.
-- Parameters: study, outcome, as-of position (twice), last day measured, units (comma-separated), start month,
-- first month, end month.
WITH valid AS (
    SELECT unit, citizen, date_trunc('month', measured_on) AS month, value, recorded_pos
    FROM outcome
    WHERE study = ? AND outcome = ? AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)
      AND measured_on <= ? AND list_contains(string_split(?, ','), unit)
),
citizen_month AS (
    SELECT unit, month, citizen, avg(value) AS value,
           CAST(max(recorded_pos) AS VARCHAR) || ':outcome ' || citizen || ' '
               || string_agg(CAST(recorded_pos AS VARCHAR), '+' ORDER BY recorded_pos) AS contributor
    FROM valid GROUP BY unit, month, citizen
)
SELECT CASE WHEN month < CAST(? AS DATE) THEN 'before' ELSE 'after' END AS side,
       avg(value ORDER BY contributor) AS mean, var_samp(value) AS variance, count(*) AS "values",
       count(DISTINCT citizen) AS n, list(contributor ORDER BY contributor) AS contributors
FROM citizen_month
WHERE month >= CAST(? AS DATE) AND month < CAST(? AS DATE)
GROUP BY side
ORDER BY side DESC;
