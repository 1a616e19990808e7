-- Per relation cell of the study's map: how many respondents of the rating group have rated the
-- target group in the wave so far (current versions), for fieldwork: a count, never a mean.
-- Parameters: study, wave, study.
WITH rated AS (
    SELECT s.respondent_group AS from_group, r.target AS to_group, count(DISTINCT s.respondent) AS raters
    FROM submission s
    JOIN score_row r ON r.recorded_pos = s.recorded_pos
    WHERE s.study = ? AND s.wave = ? AND s.superseded_pos IS NULL
      AND s.respondent_group IS NOT NULL AND r.target_kind = 'group'
    GROUP BY 1, 2
)
SELECT m.from_group, m.to_group, coalesce(rated.raters, 0) AS raters
FROM relation m
LEFT JOIN rated ON rated.from_group = m.from_group AND rated.to_group = m.to_group
WHERE m.study = ? AND m.superseded_pos IS NULL
ORDER BY m.from_group, m.to_group;
