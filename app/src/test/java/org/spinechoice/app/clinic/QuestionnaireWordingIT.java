package org.spinechoice.app.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinechoice.app.ClinicFixture;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.access.FormSession;

/**
 * A clinic-admin imports licensed questionnaire wording on the workspace page: accepted wording is what the clinic's
 * patients see and names their responses, a refused file is explained problem by problem and stores nothing, and the
 * clinic can go back to ours.
 */
class QuestionnaireWordingIT {

    private static final String PAGE = "/clinic/admin/questionnaires";

    @AfterAll
    static void stop() {
        RunningApps.stopAll();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aLicensedOdiBecomesTheWordingPatientsSeeAndNamesTheirResponses(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        FormSession admin = signedIn(clinic, clinic.admin());

        HttpResponse<String> imported = upload(admin, "odi", LicensedOdi.json("lic-1"));

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(303);
        assertThat(imported.headers().firstValue("Location")).hasValue(PAGE + "?imported=odi");
        assertThat(admin.get(PAGE + "?imported=odi").body())
                .contains("The licensed wording of Oswestry Disability Index v2.1a is now in use.")
                .contains("Licensed wording, version " + LicensedOdi.canonical("lic-1"));
        PatientQuestionnaireIT.LinkedPatient maria =
                PatientQuestionnaireIT.LinkedPatient.startingToday(clinic, "Maria Keller");
        FormSession patient = new FormSession(clinic.app);
        assertThat(patient.get(maria.link()).body()).contains("Licensed ODI title");
        HttpResponse<String> odi = patient.get(maria.questionnaire("baseline", "odi"));
        assertThat(odi.body())
                .contains("Licensed section 1", "Licensed answer 10.5")
                .doesNotContain("SpineChoice wording");
        HttpResponse<String> sent =
                patient.post(maria.questionnaire("baseline", "odi"), PatientQuestionnaireIT.odiAnswers(odi.body(), 10));
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(clinic.rowsOf("prom_response").get(0))
                .containsEntry("questionnaire_version", LicensedOdi.canonical("lic-1"));
        String wordingId =
                (String) clinic.rowsOf("questionnaire_wording").get(0).get("id");
        assertThat(clinic.audit()).contains("create questionnaire-wording " + wordingId + " null");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aRefusedFileIsExplainedProblemByProblemWithItsPathAndNothingIsStored(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        FormSession admin = signedIn(clinic, clinic.admin());
        String broken =
                LicensedOdi.json("lic-1").replace("\"odi-10\"", "\"odi-11\"").replace("\"version\": \"lic-1\", ", "");

        HttpResponse<String> refused = upload(admin, "odi", broken);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("This file cannot be used as the wording of Oswestry Disability Index v2.1a.")
                .contains("<code>item[9].linkId</code>: \"odi-11\" is not an item of the odi instrument")
                .contains("<code>version</code>: missing; a licensed wording needs a version")
                .contains("<option value=\"odi\" selected>");
        assertThat(clinic.rows("questionnaire_wording")).isZero();
        assertThat(clinic.audit()).noneMatch(entry -> entry.contains("questionnaire-wording"));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void goingBackToOursKeepsTheImportedVersionForTheResponsesThatNameIt(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        FormSession admin = signedIn(clinic, clinic.admin());
        upload(admin, "odi", LicensedOdi.json("lic-1"));

        HttpResponse<String> back = admin.post(
                PAGE + "/odi/use-ours",
                Map.of("_csrf", FormSession.csrfIn(admin.get(PAGE).body())));

        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(admin.get(back.headers().firstValue("Location").orElseThrow())
                        .body())
                .contains("Patients see SpineChoice wording of Oswestry Disability Index v2.1a again.")
                .contains("Not in use (kept: stored responses name it)");
        assertThat(clinic.rowsOf("questionnaire_wording").get(0)).containsEntry("active", false);
        PatientQuestionnaireIT.LinkedPatient maria =
                PatientQuestionnaireIT.LinkedPatient.startingToday(clinic, "Maria Keller");
        assertThat(new FormSession(clinic.app)
                        .get(maria.questionnaire("baseline", "odi"))
                        .body())
                .contains("SpineChoice wording")
                .doesNotContain("Licensed section 1");
        Reply replaced = clinic.post(
                "/api/clinic/patients/" + maria.patientId() + "/prom-responses",
                odiResponse(LicensedOdi.canonical("lic-1")));
        Reply unknown = clinic.post(
                "/api/clinic/patients/" + maria.patientId() + "/prom-responses",
                odiResponse(LicensedOdi.canonical("lic-2")));
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(201);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactly("questionnaireVersion");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aVersionNamesOneTextSoOnlyTheSameTextMayBeImportedUnderItAgain(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        FormSession admin = signedIn(clinic, clinic.admin());
        upload(admin, "odi", LicensedOdi.json("lic-1"));
        admin.post(
                PAGE + "/odi/use-ours",
                Map.of("_csrf", FormSession.csrfIn(admin.get(PAGE).body())));

        HttpResponse<String> changed =
                upload(admin, "odi", LicensedOdi.json("lic-1").replace("Licensed section 2", "Other words"));
        HttpResponse<String> same = upload(admin, "odi", LicensedOdi.json("lic-1"));

        assertThat(changed.statusCode()).isEqualTo(422);
        assertThat(changed.body()).contains("already has a different wording of odi with the version");
        assertThat(same.statusCode()).isEqualTo(303);
        assertThat(clinic.rowsOf("questionnaire_wording"))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("active", true));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aMissingChoiceOrFileOrAFileTooLargeOrNotTextIsNamedInWords(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        FormSession admin = signedIn(clinic, clinic.admin());

        HttpResponse<String> nothing = admin.send(new Multipart()
                .field("_csrf", FormSession.csrfIn(admin.get(PAGE).body()))
                .post(HttpRequest.newBuilder(admin.uri(PAGE))));
        HttpResponse<String> tooLarge = upload(admin, "odi", " ".repeat(513 * 1024) + LicensedOdi.json("lic-1"));
        HttpResponse<String> farTooLarge = upload(admin, "odi", " ".repeat(3 * 1024 * 1024));
        HttpResponse<String> notText =
                upload(admin, "ndi", new byte[] {(byte) 0xff, (byte) 0xfe, 0x7b, 0x00, 0x7d, 0x00});

        assertThat(nothing.statusCode()).isEqualTo(422);
        assertThat(nothing.body())
                .contains("Choose which questionnaire the file holds.")
                .contains("Choose a file: a FHIR R4 Questionnaire in JSON.");
        assertThat(tooLarge.statusCode()).isEqualTo(422);
        assertThat(tooLarge.body()).contains("The file is larger than 512 KB.");
        assertThat(farTooLarge.statusCode()).isEqualTo(413);
        assertThat(farTooLarge.body()).contains("512 KB");
        assertThat(notText.statusCode()).isEqualTo(422);
        assertThat(notText.body()).contains("The file is not UTF-8 text");
        assertThat(clinic.rows("questionnaire_wording")).isZero();
    }

    @Test
    void aClinicianMayNeitherSeeNorChangeTheWording() {
        TestClinic clinic = TestClinic.in(RunningApps.on(DatabaseKind.H2));
        FormSession clinician = signedIn(clinic, clinic.clinician);
        String csrf = FormSession.csrfIn(clinician.get("/clinic").body());

        assertThat(clinician.get(PAGE).statusCode()).isEqualTo(403);
        assertThat(clinician
                        .send(new Multipart()
                                .field("_csrf", csrf)
                                .field("instrument", "odi")
                                .file("questionnaire", "odi.json", bytes(LicensedOdi.json("lic-1")))
                                .post(HttpRequest.newBuilder(clinician.uri(PAGE))))
                        .statusCode())
                .isEqualTo(403);
        assertThat(clinician.post(PAGE + "/odi/use-ours", Map.of("_csrf", csrf)).statusCode())
                .isEqualTo(403);
        assertThat(clinic.rows("questionnaire_wording")).isZero();
    }

    private static FormSession signedIn(TestClinic clinic, ClinicFixture.Member member) {
        FormSession browser = new FormSession(clinic.app);
        assertThat(browser.signIn(member.email(), ClinicFixture.PASSWORD).statusCode())
                .isEqualTo(303);
        return browser;
    }

    private static HttpResponse<String> upload(FormSession admin, String instrument, String questionnaire) {
        return upload(admin, instrument, bytes(questionnaire));
    }

    private static HttpResponse<String> upload(FormSession admin, String instrument, byte[] file) {
        return admin.send(new Multipart()
                .field("_csrf", FormSession.csrfIn(admin.get(PAGE).body()))
                .field("instrument", instrument)
                .file("questionnaire", instrument + ".json", file)
                .post(HttpRequest.newBuilder(admin.uri(PAGE))));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String odiResponse(String version) {
        return """
                {"instrument": "odi", "takenOn": "%s", "questionnaireVersion": "%s", "answers": {"odi-1": 1,
                 "odi-2": 1, "odi-3": 1, "odi-4": 1, "odi-5": 1, "odi-6": 1, "odi-7": 1, "odi-8": 1}}""".formatted(java.time.LocalDate.now(), version);
    }
}
