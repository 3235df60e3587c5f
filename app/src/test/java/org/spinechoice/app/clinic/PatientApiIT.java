package org.spinechoice.app.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.TestApp;

/** {@code /api/clinic/patients} over HTTP on both databases: adding, reading, listing, refusing, auditing. */
class PatientApiIT {

    @AfterAll
    static void stop() {
        RunningApps.stopAll();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aPatientIsAddedUnderARandomIdAndReadBackWithTheirCourses(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));

        Reply created = clinic.post("/api/clinic/patients", """
                {"displayName": "  Maria Keller ", "birthYear": 1952, "sex": "female",
                 "reference": "MRN-0042", "contactEmail": "maria@example.org"}
                """);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.contentType()).hasValue("application/json");
        String id = created.id();
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(created.location()).hasValue("/api/clinic/patients/" + id);
        assertThat(created.json().get("displayName").asText()).isEqualTo("Maria Keller");
        assertThat(created.json().get("birthYear").asInt()).isEqualTo(1952);
        assertThat(created.json().get("reference").asText()).isEqualTo("MRN-0042");

        Reply read = clinic.get("/api/clinic/patients/" + id);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("contactEmail").asText()).isEqualTo("maria@example.org");
        assertThat(read.json().get("sex").asText()).isEqualTo("female");
        assertThat(read.json().get("courses")).isEmpty();
        assertThat(read.json().get("createdAt")).isEqualTo(created.json().get("createdAt"));
        assertThat(clinic.audit()).containsExactly("create patient " + id + " " + id, "read patient " + id + " " + id);
        assertThat(clinic.auditIntact()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void optionalFieldsLeftOutAreNull(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));

        Reply created = clinic.post(
                "/api/clinic/patients", "{\"displayName\": \"Jon\", \"birthYear\": 1940, \"sex\": \"undisclosed\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("reference").isNull()).isTrue();
        assertThat(created.json().get("contactEmail").isNull()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theListIsInOrderOfDisplayNameAndEachListReadIsAudited(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        for (String name : List.of("Carla Brun", "anna Lind", "Bruno Favre", "Anton Meier")) {
            clinic.patient(name);
        }
        int before = clinic.audit().size();

        Reply all = clinic.get("/api/clinic/patients");
        Reply search = clinic.get("/api/clinic/patients?q=AN");
        Reply page = clinic.get("/api/clinic/patients?limit=2&offset=1");

        assertThat(names(all)).containsExactly("anna Lind", "Anton Meier", "Bruno Favre", "Carla Brun");
        assertThat(all.json().get("total").asInt()).isEqualTo(4);
        assertThat(names(search)).containsExactly("anna Lind", "Anton Meier");
        assertThat(search.json().get("total").asInt()).isEqualTo(2);
        assertThat(names(page)).containsExactly("Anton Meier", "Bruno Favre");
        assertThat(page.json().get("total").asInt()).isEqualTo(4);
        assertThat(page.json().get("limit").asInt()).isEqualTo(2);
        assertThat(clinic.auditAfter(before))
                .containsExactly("list patient list null", "list patient list null", "list patient list null");
        assertThat(clinic.auditIntact()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSearchFindsWildcardCharactersAsWritten(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        clinic.patient("Anna 100% Lind");
        clinic.patient("Anna 1000 Lind");

        assertThat(names(clinic.get("/api/clinic/patients?q=100%25"))).containsExactly("Anna 100% Lind");
        assertThat(names(clinic.get("/api/clinic/patients?q=_"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyBadFieldIsNamedAtOnceAndNothingIsStored(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));

        Reply refused = clinic.post("/api/clinic/patients", """
                {"displayName": " ", "birthYear": 1899, "sex": "Female", "reference": "%s",
                 "contactEmail": "not an address", "age": 70}
                """.formatted("x".repeat(101)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).hasValue("application/problem+json");
        assertThat(refused.errorFields())
                .containsExactly("age", "displayName", "birthYear", "sex", "reference", "contactEmail");
        assertThat(refused.errorMessage("birthYear"))
                .isEqualTo("expected a whole number from 1900 to " + Year.now().getValue());
        assertThat(refused.errorMessage("sex")).contains("did you mean 'female'?");
        assertThat(refused.errorMessage("reference")).contains("1 to 100 characters");
        assertThat(refused.json().get("detail").asText())
                .isEqualTo("The request has 6 problems; each is listed in errors.");
        assertThat(clinic.rows("patient")).isZero();
        assertThat(clinic.audit()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void requiredFieldsAreNamedAndABirthYearMayNotLieAhead(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        int thisYear = Year.now().getValue();

        Reply missing = clinic.post("/api/clinic/patients", "{}");
        Reply ahead = clinic.post("/api/clinic/patients", """
                {"displayName": "A", "birthYear": %d, "sex": "male"}""".formatted(thisYear + 1));
        Reply decimal = clinic.post("/api/clinic/patients", """
                {"displayName": "A", "birthYear": 1950.5, "sex": "male"}""");
        Reply quoted = clinic.post("/api/clinic/patients", """
                {"displayName": "A", "birthYear": "1950", "sex": "male"}""");
        Reply born = clinic.post("/api/clinic/patients", """
                {"displayName": "A", "birthYear": %d.0, "sex": "male"}""".formatted(thisYear));

        assertThat(missing.errorFields()).containsExactly("displayName", "birthYear", "sex");
        assertThat(missing.errorMessage("sex")).startsWith("required: one of female, male, other, undisclosed");
        assertThat(ahead.errorFields()).containsExactly("birthYear");
        assertThat(decimal.errorFields()).containsExactly("birthYear");
        assertThat(quoted.errorMessage("birthYear")).endsWith("(a number, not text in quotes)");
        assertThat(born.status()).isEqualTo(201);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aBodyThatIsNotAJsonObjectIsABadRequest(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));

        Reply broken = clinic.post("/api/clinic/patients", "{\"displayName\": ");
        Reply list = clinic.post("/api/clinic/patients", "[1, 2]");
        Reply twice = clinic.post(
                "/api/clinic/patients",
                "{\"displayName\": \"A\", \"displayName\": \"B\", \"birthYear\": 1950, \"sex\": \"male\"}");

        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("title").asText()).isEqualTo("Invalid JSON");
        assertThat(list.status()).isEqualTo(400);
        assertThat(list.errorFields()).containsExactly("");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(clinic.rows("patient")).isZero();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void badPagingIsNamed(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));

        Reply refused = clinic.get("/api/clinic/patients?limit=201&offset=-1");
        Reply notANumber = clinic.get("/api/clinic/patients?limit=ten&sort=name");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("limit", "offset");
        assertThat(notANumber.errorFields()).containsExactly("sort", "limit");
        assertThat(clinic.audit()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anotherClinicsPatientIsNotFoundAndNotListed(DatabaseKind database) {
        TestApp app = RunningApps.on(database);
        TestClinic mine = TestClinic.in(app);
        TestClinic theirs = TestClinic.in(app);
        String theirPatient = theirs.patient("Their Patient");
        mine.patient("My Patient");

        Reply read = mine.get("/api/clinic/patients/" + theirPatient);
        Reply unknown = mine.get("/api/clinic/patients/no-such-id");

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.contentType()).hasValue("application/problem+json");
        assertThat(read.json().get("detail").asText()).isEqualTo("Your clinic has no patient with this id.");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json()).isEqualTo(read.json());
        assertThat(names(mine.get("/api/clinic/patients"))).containsExactly("My Patient");
        assertThat(mine.audit()).noneMatch(entry -> entry.contains(theirPatient));
        assertThat(theirs.audit()).containsExactly("create patient " + theirPatient + " " + theirPatient);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aClinicAdminMayDoWhatAClinicianMay(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));

        Reply created = clinic.post(
                clinic.admin(),
                "/api/clinic/patients",
                "{\"displayName\": \"A\", \"birthYear\": 1950, \"sex\": \"male\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(clinic.get(clinic.admin(), "/api/clinic/patients/" + created.id())
                        .status())
                .isEqualTo(200);
        assertThat(clinic.get(clinic.admin(), "/api/clinic/patients").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void withoutAValidTokenTheApiAnswers401(DatabaseKind database) {
        TestApp app = RunningApps.on(database);
        TestClinic clinic = TestClinic.in(app);
        String patient = clinic.patient("A");

        int anonymous = app.get("/api/clinic/patients/" + patient).statusCode();
        int forged = app.send(HttpRequest.newBuilder(app.uri("/api/clinic/patients"))
                        .header("Authorization", "Bearer sct_" + "A".repeat(43))
                        .GET()
                        .build())
                .statusCode();

        assertThat(anonymous).isEqualTo(401);
        assertThat(forged).isEqualTo(401);
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aPatientWhoseAuditEntryCannotBeWrittenIsNotStored(DatabaseKind database) {
        TestClinic clinic = TestClinic.in(RunningApps.on(database));
        clinic.jdbi()
                .useHandle(handle -> handle.createUpdate("DELETE FROM audit_head WHERE clinic_id = :clinic")
                        .bind("clinic", clinic.id)
                        .execute());

        Reply failed =
                clinic.post("/api/clinic/patients", "{\"displayName\": \"A\", \"birthYear\": 1950, \"sex\": \"male\"}");

        assertThat(failed.status()).isEqualTo(500);
        assertThat(clinic.rows("patient")).isZero();
    }

    private static List<String> names(Reply list) {
        List<String> names = new ArrayList<>();
        list.json()
                .get("patients")
                .forEach(patient -> names.add(patient.get("displayName").asText()));
        return names;
    }
}
