-- The clinic workspace: clinics, their users and sessions, patients and their records, and the audit log.
-- Plain SQL that runs unchanged on H2 and PostgreSQL. Identifiers of records are random UUIDs (as text) so that
-- one clinic's ids say nothing about another's; times are UTC in TIMESTAMP columns.

CREATE TABLE clinic (
    id          VARCHAR(64)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP    NOT NULL
);

CREATE TABLE app_user (
    id              VARCHAR(36)  PRIMARY KEY,
    clinic_id       VARCHAR(64)  NOT NULL REFERENCES clinic (id),
    email           VARCHAR(320) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    failed_logins   INTEGER      NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP,
    created_at      TIMESTAMP    NOT NULL,
    CONSTRAINT app_user_email UNIQUE (email),
    CONSTRAINT app_user_role CHECK (role IN ('clinic-admin', 'clinician'))
);
CREATE INDEX app_user_clinic ON app_user (clinic_id);

-- Only the SHA-256 of a session id is stored: a copy of this table does not let anyone sign in.
CREATE TABLE user_session (
    id_hash       VARCHAR(64) PRIMARY KEY,
    user_id       VARCHAR(36) NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    csrf_token    VARCHAR(64) NOT NULL,
    created_at    TIMESTAMP   NOT NULL,
    expires_at    TIMESTAMP   NOT NULL
);
CREATE INDEX user_session_user ON user_session (user_id);

CREATE TABLE api_token (
    id            VARCHAR(36) PRIMARY KEY,
    user_id       VARCHAR(36) NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    token_hash    VARCHAR(64) NOT NULL,
    label         VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP   NOT NULL,
    revoked_at    TIMESTAMP,
    CONSTRAINT api_token_hash UNIQUE (token_hash)
);
CREATE INDEX api_token_user ON api_token (user_id);

CREATE TABLE patient (
    id            VARCHAR(36)  PRIMARY KEY,
    clinic_id     VARCHAR(64)  NOT NULL REFERENCES clinic (id),
    display_name  VARCHAR(200) NOT NULL,
    birth_year    INTEGER      NOT NULL,
    sex           VARCHAR(20)  NOT NULL,
    reference     VARCHAR(100),
    email         VARCHAR(320),
    created_at    TIMESTAMP    NOT NULL,
    CONSTRAINT patient_sex CHECK (sex IN ('female', 'male', 'other', 'undisclosed'))
);
CREATE INDEX patient_clinic ON patient (clinic_id, display_name);

CREATE TABLE treatment_course (
    id                VARCHAR(36) PRIMARY KEY,
    clinic_id         VARCHAR(64) NOT NULL REFERENCES clinic (id),
    patient_id        VARCHAR(36) NOT NULL REFERENCES patient (id),
    option_id         VARCHAR(64) NOT NULL,
    region            VARCHAR(20) NOT NULL,
    clinician_id      VARCHAR(36) REFERENCES app_user (id),
    start_date        DATE        NOT NULL,
    planned_sessions  INTEGER     NOT NULL,
    interval_weeks    INTEGER     NOT NULL,
    status            VARCHAR(20) NOT NULL,
    end_reason        VARCHAR(500),
    created_at        TIMESTAMP   NOT NULL,
    CONSTRAINT course_status CHECK (status IN ('planned', 'active', 'completed', 'stopped'))
);
CREATE INDEX course_patient ON treatment_course (clinic_id, patient_id);
CREATE INDEX course_option ON treatment_course (clinic_id, option_id);

CREATE TABLE treatment_session (
    id            VARCHAR(36) PRIMARY KEY,
    clinic_id     VARCHAR(64) NOT NULL REFERENCES clinic (id),
    course_id     VARCHAR(36) NOT NULL REFERENCES treatment_course (id),
    session_date  DATE        NOT NULL,
    kind          VARCHAR(30) NOT NULL,
    details       TEXT        NOT NULL,
    created_at    TIMESTAMP   NOT NULL
);
CREATE INDEX session_course ON treatment_session (course_id, session_date);

CREATE TABLE adverse_event (
    id            VARCHAR(36)  PRIMARY KEY,
    clinic_id     VARCHAR(64)  NOT NULL REFERENCES clinic (id),
    course_id     VARCHAR(36)  NOT NULL REFERENCES treatment_course (id),
    event_date    DATE         NOT NULL,
    severity      VARCHAR(20)  NOT NULL,
    description   VARCHAR(4000) NOT NULL,
    outcome       VARCHAR(4000),
    created_at    TIMESTAMP    NOT NULL,
    CONSTRAINT adverse_event_severity CHECK (severity IN ('mild', 'moderate', 'severe', 'serious'))
);
CREATE INDEX adverse_event_course ON adverse_event (course_id, event_date);

-- Questionnaire wording a clinic imported (a FHIR R4 Questionnaire) to replace ours for one instrument.
CREATE TABLE questionnaire_wording (
    id            VARCHAR(36)  PRIMARY KEY,
    clinic_id     VARCHAR(64)  NOT NULL REFERENCES clinic (id),
    instrument    VARCHAR(20)  NOT NULL,
    version       VARCHAR(200) NOT NULL,
    resource      TEXT         NOT NULL,
    imported_at   TIMESTAMP    NOT NULL,
    active        BOOLEAN      NOT NULL
);
CREATE INDEX questionnaire_wording_clinic ON questionnaire_wording (clinic_id, instrument, active);

-- A scored response. The score columns are what outcomes analytics read; the answers are kept as given.
CREATE TABLE prom_response (
    id                      VARCHAR(36)  PRIMARY KEY,
    clinic_id               VARCHAR(64)  NOT NULL REFERENCES clinic (id),
    patient_id              VARCHAR(36)  NOT NULL REFERENCES patient (id),
    course_id               VARCHAR(36)  REFERENCES treatment_course (id),
    instrument              VARCHAR(20)  NOT NULL,
    taken_on                DATE         NOT NULL,
    timepoint               VARCHAR(10)  NOT NULL,
    outside_window          BOOLEAN      NOT NULL,
    answers                 TEXT         NOT NULL,
    score                   DECIMAL(6, 2),
    score_percent           DECIMAL(6, 2),
    band                    VARCHAR(20),
    symptom_severity        DECIMAL(4, 2),
    physical_function       DECIMAL(4, 2),
    satisfaction            DECIMAL(4, 2),
    questionnaire_version   VARCHAR(200) NOT NULL,
    source                  VARCHAR(20)  NOT NULL,
    created_at              TIMESTAMP    NOT NULL
);
CREATE INDEX prom_response_patient ON prom_response (clinic_id, patient_id, instrument, taken_on);
CREATE INDEX prom_response_course ON prom_response (course_id, instrument, timepoint);

-- A patient's personal questionnaire link: only the hash of its token is stored.
CREATE TABLE patient_link (
    token_hash    VARCHAR(64) PRIMARY KEY,
    clinic_id     VARCHAR(64) NOT NULL REFERENCES clinic (id),
    patient_id    VARCHAR(36) NOT NULL REFERENCES patient (id),
    created_at    TIMESTAMP   NOT NULL,
    expires_at    TIMESTAMP   NOT NULL,
    revoked_at    TIMESTAMP
);
CREATE INDEX patient_link_patient ON patient_link (patient_id);

-- The audit log: one hash chain per clinic. A writer locks its clinic's head row, appends the next entry and
-- moves the head in the same transaction, so several application nodes on one database keep one unbroken chain.
CREATE TABLE audit_head (
    clinic_id   VARCHAR(64) PRIMARY KEY REFERENCES clinic (id),
    last_seq    BIGINT      NOT NULL,
    last_hash   VARCHAR(64) NOT NULL
);

CREATE TABLE audit_entry (
    clinic_id       VARCHAR(64)  NOT NULL REFERENCES clinic (id),
    seq             BIGINT       NOT NULL,
    at              TIMESTAMP    NOT NULL,
    actor           VARCHAR(400) NOT NULL,
    action          VARCHAR(20)  NOT NULL,
    entity          VARCHAR(40)  NOT NULL,
    entity_id       VARCHAR(64)  NOT NULL,
    patient_id      VARCHAR(36),
    remote_address  VARCHAR(100) NOT NULL,
    prev_hash       VARCHAR(64)  NOT NULL,
    hash            VARCHAR(64)  NOT NULL,
    PRIMARY KEY (clinic_id, seq)
);
CREATE INDEX audit_entry_patient ON audit_entry (clinic_id, patient_id);
