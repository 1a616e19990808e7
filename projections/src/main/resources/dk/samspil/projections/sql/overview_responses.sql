-- Per wave as of a position: questionnaires (one per respondent and instrument), distinct
-- respondents, and links handed out (NULL when no invitations were issued for the wave).
-- Parameters: study, as-of position (twice), study, as-of position, study, as-of position (twice).
WITH answered AS (
    SELECT wave, count(*) AS questionnaires, count(DISTINCT respondent) AS respondents
    FROM submission
    WHERE study = ? AND recorded_pos <= ? AND (superseded_pos IS NULL OR superseded_pos > ?)
    GROUP BY wave
),
invited AS (
    SELECT wave, sum(invited) AS invited
    FROM invitation
    WHERE study = ? AND recorded_pos <= ?
    GROUP BY wave
)
SELECT w.wave, w.label, w.opens_on, w.closes_on,
       coalesce(a.questionnaires, 0) AS questionnaires, coalesce(a.respondents, 0) AS respondents, i.invited
FROM wave w
LEFT JOIN answered a ON a.wave = w.wave
LEFT JOIN invited i ON i.wave = w.wave
WHERE w.study = ? AND w.recorded_pos <= ? AND (w.superseded_pos IS NULL OR w.superseded_pos > ?)
ORDER BY w.opens_on, w.wave;
