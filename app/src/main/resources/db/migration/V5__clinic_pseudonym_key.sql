-- The secret key under which a clinic's exports name its patients: a pseudonym is the HMAC-SHA256 of the patient id
-- under this key, so an exported file carries no patient id, name or reference, and cannot be linked back without
-- the key. One key per clinic, made by its first export and never changed, so a patient keeps one pseudonym across
-- exports while no two clinics share a key.
CREATE TABLE clinic_pseudonym_key (
    clinic_id   VARCHAR(64) PRIMARY KEY REFERENCES clinic (id),
    secret      VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP   NOT NULL
);
