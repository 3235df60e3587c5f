-- Summaries a person chose to save. Only the answers (as the check's query string) and the SHA-256 hash of the
-- random code in the link are kept, never the code itself; rows expire and are deleted on access and at start-up.
CREATE TABLE saved_summary (
    code_hash  VARCHAR(64) PRIMARY KEY,
    answers    TEXT        NOT NULL,
    created_at TIMESTAMP   NOT NULL,
    expires_at TIMESTAMP   NOT NULL
);

CREATE INDEX saved_summary_expires_at ON saved_summary (expires_at);
