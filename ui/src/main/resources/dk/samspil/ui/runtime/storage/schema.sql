-- The event store (Axon's JDBC schema; no token store: each node's read model keeps its own position), the erasable per-person keys and the questionnaire links.
-- The ${...} types are the database's own, filled in by EventStoreSchema (H2 or PostgreSQL).
CREATE TABLE IF NOT EXISTS DomainEventEntry (
    globalIndex         ${identity} PRIMARY KEY,
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber      BIGINT NOT NULL,
    type                VARCHAR(255),
    eventIdentifier     VARCHAR(255) NOT NULL,
    metaData            ${bytes},
    payload             ${payload} NOT NULL,
    payloadRevision     VARCHAR(255),
    payloadType         VARCHAR(255) NOT NULL,
    timeStamp           VARCHAR(255) NOT NULL,
    UNIQUE (aggregateIdentifier, sequenceNumber),
    UNIQUE (eventIdentifier)
);

CREATE TABLE IF NOT EXISTS SnapshotEventEntry (
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber      BIGINT NOT NULL,
    type                VARCHAR(255) NOT NULL,
    eventIdentifier     VARCHAR(255) NOT NULL,
    metaData            ${bytes},
    payload             ${payload} NOT NULL,
    payloadRevision     VARCHAR(255),
    payloadType         VARCHAR(255) NOT NULL,
    timeStamp           VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregateIdentifier, sequenceNumber),
    UNIQUE (eventIdentifier)
);

-- One row whose lock every appending transaction holds until it ends (SerialAppends), so transactions
-- commit in the order of their global indexes and a reader never skips an event committed late.
CREATE TABLE IF NOT EXISTS event_append_lock (
    id INTEGER PRIMARY KEY
);
INSERT INTO event_append_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM event_append_lock);

-- One key per person (respondent or citizen) of a tenant. Deleting a row erases the person:
-- every event holding their data is sealed under this key.
CREATE TABLE IF NOT EXISTS person_key (
    tenant     VARCHAR(64) NOT NULL,
    pseudonym  VARCHAR(64) NOT NULL,
    person_ref CHAR(32) NOT NULL,
    secret     ${secret} NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant, pseudonym),
    UNIQUE (person_ref)
);

-- The secret behind each research partner's pseudonyms.
CREATE TABLE IF NOT EXISTS partner_secret (
    partner    VARCHAR(64) PRIMARY KEY,
    secret     ${secret} NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One personal questionnaire link per respondent and wave. Only the SHA-256 of the link's token is
-- kept, so this table cannot be turned back into working links; used_at is set once, on submission.
CREATE TABLE IF NOT EXISTS questionnaire_invitation (
    token_hash       CHAR(64) PRIMARY KEY,
    study            VARCHAR(64) NOT NULL,
    wave             VARCHAR(64) NOT NULL,
    unit             VARCHAR(64) NOT NULL,
    respondent       VARCHAR(64) NOT NULL,
    respondent_group VARCHAR(64),
    respondent_kind  VARCHAR(16) NOT NULL,
    issued_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at          TIMESTAMP WITH TIME ZONE,
    UNIQUE (study, wave, respondent)
);
-- The respondent's contact and token, sealed under their key (SealedContacts): for invitations and reminders
ALTER TABLE questionnaire_invitation ADD COLUMN IF NOT EXISTS contact_scheme VARCHAR(32);
ALTER TABLE questionnaire_invitation ADD COLUMN IF NOT EXISTS contact_sealed ${text};

-- Each message of a sending (an invitation, or a reminder on a day), claimed before it goes out and marked
-- after, so a sending that stopped resumes without sending anyone twice and no two nodes send the same one.
-- No address here: the contact is opened from questionnaire_invitation when the message goes out.
CREATE TABLE IF NOT EXISTS fieldwork_message (
    message_id VARCHAR(100) PRIMARY KEY,
    token_hash CHAR(64) NOT NULL REFERENCES questionnaire_invitation (token_hash) ON DELETE CASCADE,
    study      VARCHAR(64) NOT NULL,
    wave       VARCHAR(64) NOT NULL,
    unit       VARCHAR(64) NOT NULL,
    kind       VARCHAR(16) NOT NULL,
    sent_for   DATE NOT NULL,
    template   VARCHAR(64) NOT NULL,
    state      VARCHAR(16) NOT NULL,
    claimed_by VARCHAR(100),
    claimed_at TIMESTAMP WITH TIME ZONE,
    done_at    TIMESTAMP WITH TIME ZONE,
    failure    VARCHAR(400)
);
CREATE INDEX IF NOT EXISTS fieldwork_message_wave ON fieldwork_message (study, wave, unit, kind, state);
-- by link: planning asks per link whether its address bounced, and deleting a link cascades here
CREATE INDEX IF NOT EXISTS fieldwork_message_token ON fieldwork_message (token_hash);
-- The reference in a sent mail's Message-ID, by which a bounce names the message (not the address)
ALTER TABLE fieldwork_message ADD COLUMN IF NOT EXISTS mail_ref CHAR(32);
CREATE INDEX IF NOT EXISTS fieldwork_message_mail_ref ON fieldwork_message (mail_ref);

-- A wave's distribution plan: when its invitations and reminders go out, in which language, from which
-- address, with links to which address. Settings, not history: each sending it makes is recorded as an event.
CREATE TABLE IF NOT EXISTS fieldwork_plan (
    study      VARCHAR(64) NOT NULL,
    wave       VARCHAR(64) NOT NULL,
    invite_on  DATE NOT NULL,
    remind_on  VARCHAR(400) NOT NULL,
    language   VARCHAR(8) NOT NULL,
    sender     VARCHAR(320) NOT NULL,
    base_url   VARCHAR(400) NOT NULL,
    planned_by VARCHAR(64) NOT NULL,
    planned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (study, wave)
);

-- A researcher's own text for a wave's invitations or reminders in a language (without one, the built-in
-- text goes out). Settings, not history: each sending records the text's version.
CREATE TABLE IF NOT EXISTS fieldwork_template (
    study      VARCHAR(64) NOT NULL,
    wave       VARCHAR(64) NOT NULL,
    kind       VARCHAR(16) NOT NULL,
    language   VARCHAR(8) NOT NULL,
    subject    VARCHAR(200) NOT NULL,
    body       ${text} NOT NULL,
    written_by VARCHAR(64) NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (study, wave, kind, language)
);

-- Each planned sending (a wave's invitations, or its reminders of one date), claimed by the node that runs it,
-- so N nodes run it once; a claim never marked done is taken over after its lease.
CREATE TABLE IF NOT EXISTS fieldwork_run (
    study      VARCHAR(64) NOT NULL,
    wave       VARCHAR(64) NOT NULL,
    kind       VARCHAR(16) NOT NULL,
    due_on     DATE NOT NULL,
    claimed_by VARCHAR(100) NOT NULL,
    claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    done_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (study, wave, kind, due_on)
);

-- Answers saved to finish later, sealed under the respondent's key; deleted when submitted.
CREATE TABLE IF NOT EXISTS questionnaire_draft (
    token_hash CHAR(64) PRIMARY KEY REFERENCES questionnaire_invitation (token_hash),
    scheme     VARCHAR(32) NOT NULL,
    sealed     ${text} NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Who may sign in (passwords as bcrypt hashes only). Accounts are settings, not history: never events.
-- organisations is a ';'-separated list of organisation keys; partner is set for partner accounts.
CREATE TABLE IF NOT EXISTS app_user (
    username      VARCHAR(64) PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(32) NOT NULL,
    organisations VARCHAR(4000) NOT NULL,
    partner       VARCHAR(64),
    enabled       BOOLEAN NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Accounts of people who sign in through the identity provider: linked by issuer and subject, no password,
-- and no role while they wait for an admin to grant one (samspil.sign-in.roles-from=admin).
ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE app_user ALTER COLUMN role DROP NOT NULL;
ALTER TABLE app_user ADD COLUMN IF NOT EXISTS issuer VARCHAR(255);
ALTER TABLE app_user ADD COLUMN IF NOT EXISTS subject VARCHAR(255);
CREATE UNIQUE INDEX IF NOT EXISTS app_user_identity ON app_user (issuer, subject);

-- Failed password sign-ins per typed username and per address (each as a SHA-256, so a password typed
-- into the username field is not kept), in the database so every node sees the same counts and locks.
CREATE TABLE IF NOT EXISTS sign_in_failure (
    scope          VARCHAR(16) NOT NULL,
    key_hash       CHAR(64) NOT NULL,
    failures       INTEGER NOT NULL,
    last_failed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until   TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (scope, key_hash)
);

-- The read API's request allowance per token (a token bucket): shared by every node on this database.
CREATE TABLE IF NOT EXISTS request_bucket (
    bucket       CHAR(64) PRIMARY KEY,
    tokens       DOUBLE PRECISION NOT NULL,
    refreshed_at BIGINT NOT NULL
);

-- Personal API tokens for the read API (Authorization: Bearer). Only each token's SHA-256 is kept,
-- like questionnaire links; id is the short public name a token is listed and revoked by.
CREATE TABLE IF NOT EXISTS api_token (
    id           VARCHAR(16) PRIMARY KEY,
    token_hash   CHAR(64) NOT NULL UNIQUE,
    username     VARCHAR(64) NOT NULL REFERENCES app_user (username),
    label        VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    last_used_at TIMESTAMP WITH TIME ZONE
);
