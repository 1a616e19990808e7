-- The Samspil read model. Disposable: ./samspil replay rebuilds it from the event store.
-- Every fact carries recorded_pos (the event-store position that recorded it) and, once
-- replaced, superseded_pos (the position that replaced it), so any figure can be recomputed
-- as of any position: a fact counts at position P when recorded_pos <= P < superseded_pos.

-- The layout of these tables the file holds (ReadModelStore.FORMAT); a file in another layout is
-- deleted and rebuilt from the events when it is opened.
CREATE TABLE IF NOT EXISTS read_model_format (
    version  INTEGER NOT NULL
);

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

-- One row per version of a questionnaire (submitted, then each correction); a retraction
-- supersedes the current version without a new one.
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

-- The items of each instrument version in its own order; score_row refers to items by idx.
CREATE TABLE IF NOT EXISTS instrument_item (
    study       VARCHAR NOT NULL,
    instrument  VARCHAR NOT NULL,
    idx         SMALLINT NOT NULL,
    item        VARCHAR NOT NULL,
    dimension   VARCHAR
);

-- One row per questionnaire version and target (and case): the items answered about that target
-- as parallel lists. scores holds what each answer counts as in every mean, after any recoding
-- (null = don't know / not relevant); items each answer's item idx, NULL when the row answers every
-- item in order (0, 1, 2, ...); answers what the respondent gave, NULL when it equals scores. A few
-- list rows per questionnaire instead of one row per item keep replay and the hot aggregates cheap
-- (list_sum/list_count skip nulls).
CREATE TABLE IF NOT EXISTS score_row (
    recorded_pos      BIGINT NOT NULL,
    study             VARCHAR NOT NULL,
    wave              VARCHAR NOT NULL,
    instrument        VARCHAR NOT NULL,
    respondent_group  VARCHAR,
    respondent_unit   VARCHAR NOT NULL,
    target_kind       VARCHAR,
    target            VARCHAR,
    case_id           VARCHAR,
    items             SMALLINT[],
    answers           SMALLINT[],
    scores            SMALLINT[] NOT NULL
);

-- One row per answered item, for item-level reading (profiles, case matrices, exports): score_row unnested.
CREATE OR REPLACE VIEW item_score AS
WITH unnested AS (
    SELECT recorded_pos, study, wave, instrument, respondent_group, respondent_unit, target_kind, target, case_id,
           unnest(coalesce(items, range(len(scores))::SMALLINT[])) AS idx, unnest(coalesce(answers, scores)) AS answer,
           unnest(scores) AS score
    FROM score_row
)
SELECT u.recorded_pos, u.study, u.wave, u.instrument, u.respondent_group, u.respondent_unit, u.target_kind, u.target,
       u.case_id, ii.item, u.answer, u.score
FROM unnested u
JOIN instrument_item ii ON ii.study = u.study AND ii.instrument = u.instrument AND ii.idx = u.idx;

-- Every event, in plain words, for the history view and ./samspil log. valid_on is when the fact
-- happened (answered, started, took effect), recorded_at when the repository learnt it.
CREATE TABLE IF NOT EXISTS event_log (
    position      BIGINT NOT NULL,
    recorded_at   TIMESTAMP NOT NULL,
    valid_on      DATE,
    event_type    VARCHAR NOT NULL,
    aggregate     VARCHAR,
    study         VARCHAR,
    summary       VARCHAR NOT NULL
);

-- Interventions, one row per version: each lifecycle step writes the intervention's new state.
-- units, target_groups, relations (from>to) and cases are ';'-separated lists.
CREATE TABLE IF NOT EXISTS intervention (
    study           VARCHAR NOT NULL,
    intervention    VARCHAR NOT NULL,
    type            VARCHAR NOT NULL,
    title           VARCHAR NOT NULL,
    units           VARCHAR NOT NULL,
    target_groups   VARCHAR NOT NULL,
    relations       VARCHAR NOT NULL,
    cases           VARCHAR NOT NULL,
    status          VARCHAR NOT NULL,
    started_on      DATE,
    ended_on        DATE,
    recorded_pos    BIGINT NOT NULL,
    superseded_pos  BIGINT
);

-- The lifecycle of each intervention as it was recorded: planned, started, adjusted, ended,
-- evaluated, dates_corrected; valid_on is the date the step happened.
CREATE TABLE IF NOT EXISTS intervention_step (
    study         VARCHAR NOT NULL,
    intervention  VARCHAR NOT NULL,
    step          VARCHAR NOT NULL,
    valid_on      DATE,
    note          VARCHAR,
    recorded_pos  BIGINT NOT NULL
);

-- Organisational changes (org_changes.csv kinds), dated by when they took effect.
CREATE TABLE IF NOT EXISTS org_change (
    study         VARCHAR NOT NULL,
    change        VARCHAR NOT NULL,
    unit          VARCHAR NOT NULL,
    other_unit    VARCHAR,
    effective_on  DATE NOT NULL,
    note          VARCHAR,
    recorded_pos  BIGINT NOT NULL
);

-- Unit lineage: merges and splits, so a unit can be followed across waves when it changes shape.
-- kind 'merged': unit went into successor; 'split': successor split off from unit.
CREATE TABLE IF NOT EXISTS unit_lineage (
    study         VARCHAR NOT NULL,
    unit          VARCHAR NOT NULL,
    successor     VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,
    effective_on  DATE NOT NULL,
    recorded_pos  BIGINT NOT NULL
);

-- The process steps a study has reached (step 1 to 8), each restatement a new version.
CREATE TABLE IF NOT EXISTS milestone (
    study           VARCHAR NOT NULL,
    milestone       VARCHAR NOT NULL,
    step            INTEGER NOT NULL,
    reached_on      DATE NOT NULL,
    note            VARCHAR,
    recorded_pos    BIGINT NOT NULL,
    superseded_pos  BIGINT
);

-- Personal questionnaire links handed out per wave and unit (the denominator of response rates).
CREATE TABLE IF NOT EXISTS invitation (
    study         VARCHAR NOT NULL,
    wave          VARCHAR NOT NULL,
    unit          VARCHAR NOT NULL,
    invited       INTEGER NOT NULL,
    issued_on     DATE NOT NULL,
    recorded_pos  BIGINT NOT NULL
);

-- Citizen outcome measurements, one row per version (measured, then each correction).
-- value_text is the value exactly as given; value is the same as a number for analyses.
CREATE TABLE IF NOT EXISTS outcome (
    recorded_pos    BIGINT NOT NULL,
    series_id       VARCHAR NOT NULL,
    study           VARCHAR NOT NULL,
    unit            VARCHAR NOT NULL,
    citizen         VARCHAR NOT NULL,
    outcome         VARCHAR NOT NULL,
    measured_on     DATE NOT NULL,
    value           DOUBLE NOT NULL,
    value_text      VARCHAR NOT NULL,
    version_kind    VARCHAR NOT NULL,
    superseded_pos  BIGINT
);

-- Whether a respondent belongs to a breakdown's subgroup: their value of a respondent attribute in the wave,
-- as recorded at a position, is the one asked. A null attribute asks for no subgroup: everyone belongs.
CREATE OR REPLACE MACRO in_subgroup(p_study, p_person, p_wave, p_attribute, p_value, p_position) AS
    p_attribute IS NULL OR EXISTS (
        SELECT 1 FROM person_attribute a
        WHERE a.study = p_study AND a.person = p_person AND a.wave = p_wave AND a.attribute = p_attribute AND a.value = p_value
          AND a.recorded_pos <= p_position AND (a.superseded_pos IS NULL OR a.superseded_pos > p_position));

-- Whether a citizen belongs to a breakdown's subgroup on a day: their value of a citizen attribute valid that
-- day (the newest valid_from on or before it), as recorded at a position, is the one asked. A null attribute
-- asks for no subgroup: everyone belongs; a citizen with no value valid that day belongs to no subgroup.
CREATE OR REPLACE MACRO citizen_in_subgroup(p_study, p_citizen, p_on, p_attribute, p_value, p_position) AS
    p_attribute IS NULL OR p_value = (
        SELECT arg_max(a.value, a.valid_from) FROM person_attribute a
        WHERE a.study = p_study AND a.person = p_citizen AND a.attribute = p_attribute AND a.wave IS NULL AND a.valid_from <= p_on
          AND a.recorded_pos <= p_position AND (a.superseded_pos IS NULL OR a.superseded_pos > p_position));

-- The study's background attributes as study.json defines them (AttributeSpec as JSON), one row per version.
CREATE TABLE IF NOT EXISTS study_attribute (
    study          VARCHAR NOT NULL,
    attribute      VARCHAR NOT NULL,
    applies_to     VARCHAR NOT NULL,
    definition     VARCHAR NOT NULL,
    recorded_pos   BIGINT NOT NULL,
    superseded_pos BIGINT
);

-- Background attribute values, opened from their seal, one row per version: a respondent's in a wave
-- (wave set), a citizen's from a date on (valid_from set). An erased person's are never written.
CREATE TABLE IF NOT EXISTS person_attribute (
    recorded_pos   BIGINT NOT NULL,
    series_id      VARCHAR NOT NULL,
    study          VARCHAR NOT NULL,
    person         VARCHAR NOT NULL,
    attribute      VARCHAR NOT NULL,
    wave           VARCHAR,
    valid_from     DATE,
    value          VARCHAR NOT NULL,
    version_kind   VARCHAR NOT NULL,
    superseded_pos BIGINT
);

-- Research exports handed to partners (ResearchExported), each enough to make the export again.
CREATE TABLE IF NOT EXISTS research_export (
    position         BIGINT NOT NULL,
    recorded_at      TIMESTAMP NOT NULL,
    study            VARCHAR NOT NULL,
    partner          VARCHAR NOT NULL,
    as_of_position   BIGINT NOT NULL,
    k                INTEGER NOT NULL,
    coarsen_dates    BOOLEAN NOT NULL,
    manifest_sha256  VARCHAR NOT NULL,
    agreement        VARCHAR NOT NULL,
    microdata        BOOLEAN NOT NULL,
    requested_by     VARCHAR NOT NULL
);

-- Partners' data-sharing agreements (PartnerAgreementRecorded); the newest one of a partner holds.
CREATE TABLE IF NOT EXISTS partner_agreement (
    position    BIGINT NOT NULL,
    partner     VARCHAR NOT NULL,
    agreement   VARCHAR NOT NULL,
    microdata   BOOLEAN NOT NULL,
    studies     VARCHAR,
    until       DATE,
    licence     VARCHAR
);

-- How each study is cited (StudyCitationStated); the newest row of a study at a position holds. authors is a JSON
-- array of {name, affiliation}.
CREATE TABLE IF NOT EXISTS study_citation (
    position     BIGINT NOT NULL,
    study        VARCHAR NOT NULL,
    authors      VARCHAR NOT NULL,
    producer     VARCHAR,
    distributor  VARCHAR
);

-- The silo (søjle) each group belongs to (GroupSiloStated); the newest row of a study's group at a position holds.
CREATE TABLE IF NOT EXISTS group_silo (
    position     BIGINT NOT NULL,
    study        VARCHAR NOT NULL,
    grp          VARCHAR NOT NULL,
    silo         VARCHAR NOT NULL
);

-- Researchers' person-level access to an organisation (PersonLevelAccessGranted and -Revoked); the
-- newest row of an account and organisation holds.
CREATE TABLE IF NOT EXISTS person_level_grant (
    position      BIGINT NOT NULL,
    username      VARCHAR NOT NULL,
    organisation  VARCHAR NOT NULL,
    granted       BOOLEAN NOT NULL,
    changed_by    VARCHAR NOT NULL
);

-- Release points: a closed wave's aggregates released (WaveReleased), from this position on, to
-- those who see figures only at release points. The same wave released again is a new point.
CREATE TABLE IF NOT EXISTS wave_release (
    study         VARCHAR NOT NULL,
    wave          VARCHAR NOT NULL,
    released_by   VARCHAR NOT NULL,
    released_on   DATE NOT NULL,
    recorded_pos  BIGINT NOT NULL
);

-- What each release point shows of each figure of its released waves, and why not (ReleaseDecider):
-- derived from the events like every table here, computed when a release point is first read.
-- contributors are who counted (questionnaire version:what it rated), so a later release can tell
-- how many people a figure's change is about, and a view can tell it computed the same figure.
CREATE TABLE IF NOT EXISTS release_figure (
    study         VARCHAR NOT NULL,
    release_pos   BIGINT NOT NULL,
    k             INTEGER NOT NULL,
    figure        VARCHAR NOT NULL,
    family        VARCHAR NOT NULL,
    links         VARCHAR[] NOT NULL,
    n             INTEGER NOT NULL,
    contributors  VARCHAR[] NOT NULL,
    shown         BOOLEAN NOT NULL,
    reason        VARCHAR  -- why withheld, as data (WithheldReason): kind, count, since, k
);

-- The release points whose figures are decided for a k (release_figure holds all of them, possibly none).
CREATE TABLE IF NOT EXISTS release_decided (
    study         VARCHAR NOT NULL,
    release_pos   BIGINT NOT NULL,
    k             INTEGER NOT NULL
);
