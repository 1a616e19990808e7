-- Citizen outcomes per unit and fixed calendar period (a month, quarter, half-year or year: periods of
-- a number of months that divides twelve, from January), and with totals per period over every unit;
-- several lengths at once in one pass over the measurements, each row naming its length (months).
-- A citizen-month is one value: the mean of a citizen's values that month; a period's mean is over its
-- citizen-months, so a period's sum is the sum of its months' and the figures of one outcome add up
-- linearly over citizen-months. n is how many citizens. Measured on or before a day (a release point's:
-- the close of the latest wave it released). contributors are who counts: per citizen-month, the newest
-- position of its measurements, the citizen and all the positions, so any change to a citizen's month
-- (a correction, a new measurement, one removed) is a new contributor, and every one names its citizen.
-- A subgroup keeps the measurements of citizens whose value of a citizen attribute on the measurement day is the one asked.
-- Parameters: study, outcome, as-of position (twice), last day measured, attribute (null for everyone), value, as-of position,
-- the months per period of each length (comma-separated), whether to give the totals over every unit.
WITH valid AS (
    SELECT unit, citizen, date_trunc('month', measured_on) AS month, value, recorded_pos
    FROM outcome
    WHERE study = ? AND outcome = ? AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)
      AND measured_on <= ?
      AND citizen_in_subgroup(study, citizen, measured_on, CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS BIGINT))
),
citizen_month AS (
    SELECT unit, month, citizen, avg(value) AS value,
           CAST(max(recorded_pos) AS VARCHAR) || ':outcome ' || citizen || ' '
               || string_agg(CAST(recorded_pos AS VARCHAR), '+' ORDER BY recorded_pos) AS contributor
    FROM valid GROUP BY unit, month, citizen
),
lengths AS (
    SELECT CAST(unnest(string_split(CAST(? AS VARCHAR), ',')) AS INTEGER) AS months
),
dated AS (
    SELECT l.months, c.unit, c.citizen, c.value, c.contributor,
           make_date(year(c.month), (month(c.month) - 1) // l.months * l.months + 1, 1) AS period
    FROM citizen_month c CROSS JOIN lengths l
)
SELECT months, unit, period, avg(value ORDER BY contributor) AS mean, count(DISTINCT citizen) AS n,
       list(contributor ORDER BY contributor) AS contributors
FROM dated
GROUP BY GROUPING SETS ((months, unit, period), (months, period))
HAVING unit IS NOT NULL OR CAST(? AS BOOLEAN)
ORDER BY months, unit NULLS FIRST, period;
