-- Citizen outcomes per unit and calendar month: the mean value over the citizens measured that
-- month (a citizen measured twice in a month counts once, with the mean of their values), measured
-- on or before a day (a release point's: the close of the latest wave it released). contributors
-- are who counts: per citizen, the newest position of their measurements that month and all of them,
-- so any change to a citizen's month (a correction, a new measurement, one removed) is a new contributor.
-- A subgroup keeps the measurements of citizens whose value of a citizen attribute on the measurement day is the one asked.
-- Parameters: study, outcome, as-of position (twice), last day measured, attribute (null for everyone), value, as-of position.
WITH valid AS (
    SELECT unit, citizen, date_trunc('month', measured_on) AS month, value, recorded_pos
    FROM outcome
    WHERE study = ? AND outcome = ? AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)
      AND measured_on <= ?
      AND citizen_in_subgroup(study, citizen, measured_on, CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS BIGINT))
),
citizen_month AS (
    SELECT unit, month, citizen, avg(value) AS value,
           CAST(max(recorded_pos) AS VARCHAR) || ':outcome ' || string_agg(CAST(recorded_pos AS VARCHAR), '+' ORDER BY recorded_pos)
               AS contributor
    FROM valid GROUP BY unit, month, citizen
)
SELECT unit, CAST(month AS DATE) AS month, avg(value ORDER BY citizen) AS mean, count(*) AS n,
       list(contributor ORDER BY contributor) AS contributors
FROM citizen_month
GROUP BY unit, month
ORDER BY unit, month;
