-- What each course's responses to one instrument come to (core outcome.CourseOutcome), kept up to date in the
-- transaction that stores a response or a course, so outcome figures never lag the records. Rebuilt in bulk after a
-- demo-data load. Values are the score, or for the ZCQ its symptom-severity subscale (function beside it).
CREATE TABLE course_outcome (
    course_id            VARCHAR(36)   NOT NULL REFERENCES treatment_course (id),
    instrument           VARCHAR(20)   NOT NULL,
    clinic_id            VARCHAR(64)   NOT NULL REFERENCES clinic (id),
    baseline_value       DECIMAL(6, 2),
    baseline_function    DECIMAL(4, 2),
    value_6w             DECIMAL(6, 2),
    function_6w          DECIMAL(4, 2),
    value_3m             DECIMAL(6, 2),
    function_3m          DECIMAL(4, 2),
    value_6m             DECIMAL(6, 2),
    function_6m          DECIMAL(4, 2),
    value_12m            DECIMAL(6, 2),
    function_12m         DECIMAL(4, 2),
    first_response_day   INTEGER,
    last_follow_up_day   INTEGER,
    PRIMARY KEY (course_id, instrument)
);
CREATE INDEX course_outcome_clinic ON course_outcome (clinic_id, instrument);
-- The outcomes query filters a clinic's courses by option, region, clinician and start date.
CREATE INDEX course_clinic_start ON treatment_course (clinic_id, start_date);
