package org.spinechoice.app.clinic;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.spinechoice.app.ClinicFixture;
import org.spinechoice.app.TestApp;
import org.spinechoice.app.access.AccountService;
import org.spinechoice.app.access.PatientLinkHolder;
import org.spinechoice.app.audit.AuditVerifier;

/**
 * A clinic of its own for one test, with a clinician holding an API token (and an admin when asked for), and what the test needs to see
 * inside its database: the clinic's rows and its audit entries.
 */
final class TestClinic {

    final TestApp app;
    final String id;
    final ClinicFixture.Member clinician;
    private final ClinicFixture fixture;
    private ClinicFixture.Member admin;

    private TestClinic(TestApp app, ClinicFixture fixture, String id) {
        this.app = app;
        this.fixture = fixture;
        this.id = id;
        fixture.clinic(id);
        this.clinician = fixture.member(id, "clinician@" + id + ".example", "clinician");
    }

    static TestClinic in(TestApp app) {
        return new TestClinic(
                app, new ClinicFixture(app), "c-" + UUID.randomUUID().toString().substring(0, 12));
    }

    /** The clinic's admin, made on first use: hashing a password takes a while. */
    ClinicFixture.Member admin() {
        if (admin == null) {
            admin = fixture.member(id, "admin@" + id + ".example", "clinic-admin");
        }
        return admin;
    }

    /** Another clinician of the clinic. */
    ClinicFixture.Member colleague() {
        return fixture.member(id, "colleague-" + UUID.randomUUID() + "@" + id + ".example", "clinician");
    }

    Reply get(String path) {
        return get(clinician, path);
    }

    Reply get(ClinicFixture.Member member, String path) {
        return Reply.of(fixture.getJson(member, path));
    }

    Reply post(String path, String json) {
        return post(clinician, path, json);
    }

    Reply post(ClinicFixture.Member member, String path, String json) {
        return Reply.of(fixture.postJson(member, path, json));
    }

    Reply patch(String path, String json) {
        return Reply.of(fixture.patchJson(clinician, path, json));
    }

    /** Adds a patient through the API and returns its id. */
    String patient(String displayName) {
        Reply created = post(
                "/api/clinic/patients",
                "{\"displayName\": \"" + displayName + "\", \"birthYear\": 1956, \"sex\": \"female\"}");
        if (created.status() != 201) {
            throw new AssertionError("patient not created: " + created);
        }
        return created.id();
    }

    /** Records a course for the patient through the API and returns its id. */
    String course(String patientId, String startDate) {
        Reply created = post("/api/clinic/patients/" + patientId + "/courses", """
                {"option": "prolotherapy", "region": "lumbar", "startDate": "%s",
                 "plannedSessions": 4, "intervalWeeks": 5}""".formatted(startDate));
        if (created.status() != 201) {
            throw new AssertionError("course not created: " + created);
        }
        return created.id();
    }

    /** A live personal questionnaire link of one of the clinic's patients, as its holder is recognised. */
    PatientLinkHolder patientLink(String patientId) {
        return fixture.accounts().patientLink(patientLinkToken(patientId)).orElseThrow();
    }

    /** The token of a new personal questionnaire link of one of the clinic's patients, as the link carries it. */
    String patientLinkToken(String patientId) {
        return jdbi().inTransaction(handle ->
                fixture.accounts().issuePatientLink(handle, id, patientId, AccountService.PATIENT_LINK_VALID));
    }

    /** The user id of a member, as stored. */
    String userId(ClinicFixture.Member member) {
        return jdbi().withHandle(handle -> handle.createQuery("SELECT id FROM app_user WHERE email = :email")
                .bind("email", member.email())
                .mapTo(String.class)
                .one());
    }

    Jdbi jdbi() {
        return app.running().database().jdbi();
    }

    /** The clinic's audit entries in order, each as "action entity entityId patientId". */
    List<String> audit() {
        return jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT action, entity, entity_id, patient_id FROM audit_entry WHERE clinic_id = :clinic "
                                + "ORDER BY seq")
                .bind("clinic", id)
                .map((row, ctx) -> row.getString("action") + " " + row.getString("entity") + " "
                        + row.getString("entity_id") + " " + row.getString("patient_id"))
                .list());
    }

    /** The clinic's audit entries after the first {@code skip}. */
    List<String> auditAfter(int skip) {
        List<String> all = audit();
        return all.subList(skip, all.size());
    }

    /** Whether every clinic's audit chain still checks out. */
    boolean auditIntact() {
        return new AuditVerifier(jdbi()).verify().intact();
    }

    /** How many rows of {@code table} belong to this clinic. */
    int rows(String table) {
        return jdbi().withHandle(
                        handle -> handle.createQuery("SELECT COUNT(*) FROM " + table + " WHERE clinic_id = :clinic")
                                .bind("clinic", id)
                                .mapTo(Integer.class)
                                .one());
    }

    /** The clinic's rows of {@code table} as column → value maps (column names in lower case). */
    List<Map<String, Object>> rowsOf(String table) {
        return jdbi().withHandle(handle -> handle.createQuery("SELECT * FROM " + table + " WHERE clinic_id = :clinic")
                .bind("clinic", id)
                .mapToMap()
                .list());
    }
}
