-- Given vs received per group, between groups only: given is how the group's respondents rate the
-- other groups (mean of respondent means over their ratings of other groups), received is how the
-- other groups' respondents rate this group (mean of their respondent scores for it); optionally
-- only respondents of one unit and the units below it.
-- Parameters: unit (twice, null for all), study, as-of position (twice); study, wave, instrument,
-- as-of position (twice), study, wave, instrument; unit (null for all).
WITH RECURSIVE chosen(unit) AS (
    SELECT CAST(? AS VARCHAR) WHERE CAST(? AS VARCHAR) IS NOT NULL
    UNION
    SELECT u.unit FROM unit u JOIN chosen c ON u.parent = c.unit
    WHERE u.study = ? AND u.recorded_pos <= ? AND (u.superseded_pos IS NULL OR u.superseded_pos > ?)
),
valid AS (
    SELECT recorded_pos
    FROM submission
    WHERE study = ? AND wave = ? AND instrument = ?
      AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)
),
rating AS (
    SELECT r.respondent_group AS rater, r.target, r.recorded_pos, list_sum(r.scores) AS total, list_count(r.scores) AS answered
    FROM score_row r
    SEMI JOIN valid v ON r.recorded_pos = v.recorded_pos
    WHERE r.study = ? AND r.wave = ? AND r.instrument = ?
      AND r.target_kind = 'group' AND r.respondent_group IS NOT NULL AND r.target <> r.respondent_group
      AND (CAST(? AS VARCHAR) IS NULL OR r.respondent_unit IN (SELECT unit FROM chosen))
),
given AS (
    SELECT rater AS grp, avg(score ORDER BY recorded_pos) AS mean, count(*) AS n,
           list(recorded_pos::VARCHAR || ':between' ORDER BY recorded_pos) AS contributors
    FROM (SELECT rater, recorded_pos, sum(total) / sum(answered) AS score FROM rating
          GROUP BY rater, recorded_pos HAVING sum(answered) > 0)
    GROUP BY rater
),
received AS (
    SELECT target AS grp, avg(score ORDER BY recorded_pos) AS mean, count(*) AS n,
           list(recorded_pos::VARCHAR || ':' || target ORDER BY recorded_pos) AS contributors
    FROM (SELECT target, recorded_pos, sum(total) / sum(answered) AS score FROM rating
          GROUP BY target, recorded_pos HAVING sum(answered) > 0)
    GROUP BY target
)
SELECT coalesce(g.grp, r.grp) AS grp, g.mean AS given_mean, coalesce(g.n, 0) AS given_n,
       r.mean AS received_mean, coalesce(r.n, 0) AS received_n,
       coalesce(g.contributors, []) AS given_contributors, coalesce(r.contributors, []) AS received_contributors
FROM given g FULL OUTER JOIN received r ON g.grp = r.grp
ORDER BY grp;
