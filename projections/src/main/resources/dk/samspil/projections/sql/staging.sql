-- Staging on the writer's own connection for one batch: questionnaire versions and their score
-- rows as plain values (lists as text), which the Appender writes far faster than list values;
-- finish_submissions.sql moves them into submission and score_row.
CREATE TEMP TABLE IF NOT EXISTS stage_submission (
    recorded_pos      BIGINT NOT NULL,
    submission_id     VARCHAR NOT NULL,
    study             VARCHAR NOT NULL,
    wave              VARCHAR NOT NULL,
    instrument        VARCHAR NOT NULL,
    person_ref        VARCHAR NOT NULL,
    respondent        VARCHAR NOT NULL,
    respondent_group  VARCHAR,
    respondent_unit   VARCHAR NOT NULL,
    collected_on      DATE NOT NULL,
    version_kind      VARCHAR NOT NULL,
    recorded_at       TIMESTAMP NOT NULL
);

CREATE TEMP TABLE IF NOT EXISTS stage_score (
    recorded_pos  BIGINT NOT NULL,
    target_kind   VARCHAR,
    target        VARCHAR,
    case_id       VARCHAR,
    items         VARCHAR NOT NULL,
    answers       VARCHAR NOT NULL,
    scores        VARCHAR NOT NULL
);
