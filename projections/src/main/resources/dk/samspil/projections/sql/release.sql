-- Release points and what they show (ReleaseProjection, ReleasePoints, Releases).

-- name: wave_released
-- Values in the table's column order: study, wave, released by, released on, position.
INSERT INTO wave_release VALUES (?, ?, ?, ?, ?);

-- name: release_points
-- A study's release points in order, each with the wave it released and when it was recorded. Parameters: study.
SELECT r.recorded_pos, r.wave, r.released_by, r.released_on, l.recorded_at
FROM wave_release r LEFT JOIN event_log l ON l.position = r.recorded_pos
WHERE r.study = ?
ORDER BY r.recorded_pos;

-- name: decided
-- Whether a release point's figures are decided for a k. Parameters: study, release position, k.
SELECT count(*) FROM release_decided WHERE study = ? AND release_pos = ? AND k = ?;

-- name: figures
-- A release point's decisions. Parameters: study, release position, k.
SELECT figure, family, links, n, contributors, shown, reason, release_pos FROM release_figure
WHERE study = ? AND release_pos = ? AND k = ? ORDER BY figure;

-- name: shown_before
-- Every figure shown at the study's release points before this position, the latest showing of each name last.
-- Parameters: study, position, k.
SELECT figure, family, links, n, contributors, shown, reason, release_pos FROM release_figure
WHERE study = ? AND release_pos < ? AND k = ? AND shown ORDER BY release_pos, figure;

-- name: release_decided
INSERT INTO release_decided VALUES (?, ?, ?);

-- name: respondents
-- Who each questionnaire version of a study is (the pseudonymous respondent key), and each citizen-outcome
-- measurement (the citizen), so a contributor's versions are one person. Parameters: study (twice).
SELECT recorded_pos, respondent FROM submission WHERE study = ?
UNION ALL
SELECT recorded_pos, 'citizen ' || citizen FROM outcome WHERE study = ?;

-- name: item_candidates
-- Every item-profile figure of one instrument a release could show, in one pass: per unit filter (the unit and
-- the units below it, or NULL for every respondent), rater group or every group, target group or every target,
-- wave and item, who counts (questionnaire version:target, '*' for every target) in the order profile.sql lists
-- them, optionally of one subgroup's respondents. GROUPING() tells a filter left out from a group that is NULL.
-- Parameters: study, position (twice), study, position (twice); study, instrument, position (twice), attribute (null
-- for everyone), value, position; study, instrument.
WITH RECURSIVE closure(top, unit) AS (
    SELECT unit, unit FROM unit
    WHERE study = ? AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)
    UNION
    SELECT c.top, u.unit FROM unit u JOIN closure c ON u.parent = c.unit
    WHERE u.study = ? AND u.recorded_pos <= ? AND (u.superseded_pos IS NULL OR u.superseded_pos > ?)
),
valid AS (
    SELECT s.recorded_pos
    FROM submission s
    WHERE s.study = ? AND s.instrument = ? AND s.recorded_pos <= ? AND (s.superseded_pos IS NULL OR s.superseded_pos > ?)
      AND in_subgroup(s.study, s.respondent, s.wave, CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS BIGINT))
),
answered AS (
    SELECT i.wave, i.item, i.recorded_pos, i.respondent_group AS rater,
           CASE WHEN i.target_kind = 'group' THEN i.target END AS target, i.respondent_unit, i.score
    FROM item_score i
    -- a join, not a semi join: a version is valid once, and DuckDB then hashes the few valid versions, not every item row
    JOIN valid v ON i.recorded_pos = v.recorded_pos
    WHERE i.study = ? AND i.instrument = ? AND i.score IS NOT NULL
),
scoped AS (
    SELECT c.top, a.* FROM answered a JOIN closure c ON c.unit = a.respondent_unit
    UNION ALL
    SELECT NULL AS top, a.* FROM answered a
),
respondent_item AS (
    SELECT top, wave, item, recorded_pos, rater, target, GROUPING(rater) AS any_rater, GROUPING(target) AS any_target
    FROM scoped
    GROUP BY GROUPING SETS ((top, wave, item, recorded_pos), (top, wave, item, recorded_pos, rater),
                           (top, wave, item, recorded_pos, target), (top, wave, item, recorded_pos, rater, target))
)
SELECT top, wave, item, CASE WHEN any_rater = 1 THEN NULL ELSE rater END AS rater,
       CASE WHEN any_target = 1 THEN NULL ELSE target END AS target, count(*) AS n,
       list(recorded_pos::VARCHAR || ':' || CASE WHEN any_target = 1 THEN '*' ELSE target END ORDER BY recorded_pos) AS contributors
FROM respondent_item
WHERE (any_rater = 1 OR rater IS NOT NULL) AND (any_target = 1 OR target IS NOT NULL)
GROUP BY top, wave, item, any_rater, rater, any_target, target;
