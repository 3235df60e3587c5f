-- A clinic's imported wording is named by its version in every response given in it, so within a clinic and an
-- instrument a version names one text: the words a stored response was given in can always be found again.
ALTER TABLE questionnaire_wording
    ADD CONSTRAINT questionnaire_wording_version UNIQUE (clinic_id, instrument, version);
