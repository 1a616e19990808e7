-- The Samspil read model. Disposable: ./samspil replay rebuilds it from the event store.
-- Every fact carries recorded_pos (the event-store position that recorded it) and, once
-- replaced, superseded_pos (the position that replaced it), so any figure can be recomputed
-- as of any position: a fact counts at position P when recorded_pos <= P < superseded_pos.

-- How far each projection has applied the event stream (its tracking token), written in the
-- same DuckDB transaction as the rows, so a redelivered batch is recognised and skipped.
CREATE TABLE IF NOT EXISTS projection_state (
    processor   VARCHAR PRIMARY KEY,
    token       VARCHAR,
    position    BIGINT,
    updated_at  TIMESTAMP
);

-- Organisations (tenants).
CREATE TABLE IF NOT EXISTS organisation (
    tenant          VARCHAR NOT NULL,
    name            VARCHAR NOT NULL,
    recorded_pos    BIGINT NOT NULL,
    superseded_pos  BIGINT
);

-- Studies with their shared task.
CREATE TABLE IF NOT EXISTS study (
    study           VARCHAR NOT NULL,
    tenant          VARCHAR NOT NULL,
    title           VARCHAR NOT NULL,
    shared_task     VARCHAR,
    starts_on       DATE,
    recorded_pos    BIGINT NOT NULL,
    superseded_pos  BIGINT
);

-- Units of a study's hierarchy; parent is null for a top unit.
CREATE TABLE IF NOT EXISTS unit (
    study           VARCHAR NOT NULL,
    unit            VARCHAR NOT NULL,
    name            VARCHAR NOT NULL,
    parent          VARCHAR,
    recorded_pos    BIGINT NOT NULL,
    superseded_pos  BIGINT
);

-- Professional groups of a study ("group" is an SQL keyword, hence grp).
CREATE TABLE IF NOT EXISTS grp (
    study           VARCHAR NOT NULL,
    grp             VARCHAR NOT NULL,
    name            VARCHAR NOT NULL,
    recorded_pos    BIGINT NOT NULL,
    superseded_pos  BIGINT
);

-- Measurement waves and their windows.
CREATE TABLE IF NOT EXISTS wave (
    study           VARCHAR NOT NULL,
    wave            VARCHAR NOT NULL,
    label           VARCHAR NOT NULL,
    opens_on        DATE NOT NULL,
    closes_on       DATE NOT NULL,
    recorded_pos    BIGINT NOT NULL,
    superseded_pos  BIGINT
);

-- Instrument versions a study uses, with the full definition (items, labels, scale, bands) as JSON.
CREATE TABLE IF NOT EXISTS instrument (
    study           VARCHAR NOT NULL,
    instrument      VARCHAR NOT NULL,
    relational      BOOLEAN NOT NULL,
    definition      VARCHAR NOT NULL,
    recorded_pos    BIGINT NOT NULL
);

-- The relationship map: which relations matter and how much.
CREATE TABLE IF NOT EXISTS relation (
    study           VARCHAR NOT NULL,
    from_group      VARCHAR NOT NULL,
    to_group        VARCHAR NOT NULL,
    importance      VARCHAR NOT NULL,
    recorded_pos    BIGINT NOT NULL,
    superseded_pos  BIGINT
);

-- One row per version of a questionnaire (submitted, then each correction).
-- recorded_pos identifies the version; item_score rows belong to it.
CREATE TABLE IF NOT EXISTS submission (
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
    recorded_at       TIMESTAMP NOT NULL,
    superseded_pos    BIGINT
);

-- One row per answered item of a questionnaire version. answer is what the respondent gave
-- (null = don't know / not relevant), score is what it counts as in every mean (after any recoding).
CREATE TABLE IF NOT EXISTS item_score (
    recorded_pos      BIGINT NOT NULL,
    study             VARCHAR NOT NULL,
    wave              VARCHAR NOT NULL,
    instrument        VARCHAR NOT NULL,
    respondent_group  VARCHAR,
    respondent_unit   VARCHAR NOT NULL,
    target_kind       VARCHAR,
    target            VARCHAR,
    case_id           VARCHAR,
    item              VARCHAR NOT NULL,
    answer            SMALLINT,
    score             SMALLINT
);

-- Every event, in plain words, for the history view and ./samspil log.
CREATE TABLE IF NOT EXISTS event_log (
    position      BIGINT NOT NULL,
    recorded_at   TIMESTAMP NOT NULL,
    event_type    VARCHAR NOT NULL,
    aggregate     VARCHAR,
    study         VARCHAR,
    summary       VARCHAR NOT NULL
);
