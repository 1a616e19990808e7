-- Given vs received per group, between groups only: given is how the group's respondents rate the
-- other groups (mean of respondent means over their ratings of other groups), received is how the
-- other groups' respondents rate this group (mean of their respondent scores for it).
-- Parameters: study, wave, instrument, as-of position (twice), study, wave, instrument.
WITH valid AS (
    SELECT recorded_pos
    FROM submission
    WHERE study = ? AND wave = ? AND instrument = ?
      AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)
),
rating AS (
    SELECT i.respondent_group AS rater, i.target, i.recorded_pos, i.score
    FROM item_score i
    SEMI JOIN valid v ON i.recorded_pos = v.recorded_pos
    WHERE i.study = ? AND i.wave = ? AND i.instrument = ? AND i.score IS NOT NULL
      AND i.target_kind = 'group' AND i.respondent_group IS NOT NULL AND i.target <> i.respondent_group
),
given AS (
    SELECT rater AS grp, avg(score ORDER BY recorded_pos) AS mean, count(*) AS n
    FROM (SELECT rater, recorded_pos, avg(score) AS score FROM rating GROUP BY rater, recorded_pos)
    GROUP BY rater
),
received AS (
    SELECT target AS grp, avg(score ORDER BY recorded_pos) AS mean, count(*) AS n
    FROM (SELECT target, recorded_pos, avg(score) AS score FROM rating GROUP BY target, recorded_pos)
    GROUP BY target
)
SELECT coalesce(g.grp, r.grp) AS grp, g.mean AS given_mean, coalesce(g.n, 0) AS given_n,
       r.mean AS received_mean, coalesce(r.n, 0) AS received_n
FROM given g FULL OUTER JOIN received r ON g.grp = r.grp
ORDER BY grp;
