package org.spinechoice.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spinechoice.app.ClinicFixture;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.TestApp;
import org.spinechoice.app.platform.Secrets;

/**
 * Every route of the clinic workspace, called by everyone who might call it, with the status each must get. The
 * routes come from the running app ({@link SecuredRoutes}), so a route added without a row here fails this test, and
 * so does a row whose route is gone.
 */
class AuthorizationMatrixIT {

    /** Who calls. The other clinic's caller is its admin, so a 404 there cannot be a mere lack of role. */
    enum Caller {
        NOBODY,
        CLINICIAN,
        CLINIC_ADMIN,
        OTHER_CLINIC,
        PATIENT_LINK
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    private static TestApp app;
    private static ClinicFixture clinics;
    private static World world;

    /** North's records that the routes' paths point at, and the credentials of every caller. */
    record World(
            ClinicFixture.Member clinician,
            ClinicFixture.Member admin,
            ClinicFixture.Member otherAdmin,
            String patientId,
            String courseId,
            String linkToken) {}

    /** One route's row: how to call it and the status each caller gets. */
    record Row(
            String method,
            String route,
            Function<World, String> path,
            Function<World, String> body,
            Map<Caller, Integer> expected) {

        String key() {
            return method + " " + route;
        }
    }

    @BeforeAll
    static void start() {
        app = TestApp.start(DatabaseKind.H2);
        clinics = new ClinicFixture(app);
        clinics.clinic("north");
        clinics.clinic("south");
        ClinicFixture.Member clinician = clinics.member("north", "cli@north.test", "clinician");
        ClinicFixture.Member admin = clinics.member("north", "admin@north.test", "clinic-admin");
        ClinicFixture.Member otherAdmin = clinics.member("south", "admin@south.test", "clinic-admin");
        String patientId = idOf(clinics.postJson(
                clinician,
                "/api/clinic/patients",
                "{\"displayName\": \"Matrix Patient\", \"birthYear\": 1950, \"sex\": \"female\"}"));
        String courseId = idOf(clinics.postJson(
                clinician,
                "/api/clinic/patients/" + patientId + "/courses",
                "{\"option\": \"prolotherapy\", \"region\": \"lumbar\", \"startDate\": \"2026-01-05\","
                        + " \"plannedSessions\": 4, \"intervalWeeks\": 4}"));
        String linkToken = app.running()
                .database()
                .jdbi()
                .inTransaction(handle -> clinics.accounts()
                        .issuePatientLink(handle, "north", patientId, AccountService.PATIENT_LINK_VALID));
        world = new World(clinician, admin, otherAdmin, patientId, courseId, linkToken);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // The JSON API: bearer tokens only; another clinic's records are not found.
        rows.add(api("GET", "/api/clinic/patients", w -> "/api/clinic/patients", null, 200, 200));
        rows.add(api("POST", "/api/clinic/patients", w -> "/api/clinic/patients", w -> newPatient(), 201, 201));
        rows.add(api("GET", "/api/clinic/patients/{id}", w -> "/api/clinic/patients/" + w.patientId(), null, 200, 404));
        rows.add(api(
                "GET",
                "/api/clinic/patients/{id}/courses",
                w -> "/api/clinic/patients/" + w.patientId() + "/courses",
                null,
                200,
                404));
        rows.add(api(
                "POST",
                "/api/clinic/patients/{id}/courses",
                w -> "/api/clinic/patients/" + w.patientId() + "/courses",
                w -> newCourse(),
                201,
                404));
        rows.add(api(
                "GET",
                "/api/clinic/patients/{id}/prom-responses",
                w -> "/api/clinic/patients/" + w.patientId() + "/prom-responses",
                null,
                200,
                404));
        rows.add(api(
                "POST",
                "/api/clinic/patients/{id}/prom-responses",
                w -> "/api/clinic/patients/" + w.patientId() + "/prom-responses",
                w -> newResponse(w),
                201,
                404));
        rows.add(api("GET", "/api/clinic/courses/{id}", w -> "/api/clinic/courses/" + w.courseId(), null, 200, 404));
        rows.add(api(
                "PATCH",
                "/api/clinic/courses/{id}",
                w -> "/api/clinic/courses/" + w.courseId(),
                w -> "{\"plannedSessions\": 5}",
                200,
                404));
        rows.add(api(
                "GET",
                "/api/clinic/courses/{id}/sessions",
                w -> "/api/clinic/courses/" + w.courseId() + "/sessions",
                null,
                200,
                404));
        rows.add(api(
                "POST",
                "/api/clinic/courses/{id}/sessions",
                w -> "/api/clinic/courses/" + w.courseId() + "/sessions",
                w -> newSession(),
                201,
                404));
        rows.add(api(
                "GET",
                "/api/clinic/courses/{id}/adverse-events",
                w -> "/api/clinic/courses/" + w.courseId() + "/adverse-events",
                null,
                200,
                404));
        rows.add(api(
                "POST",
                "/api/clinic/courses/{id}/adverse-events",
                w -> "/api/clinic/courses/" + w.courseId() + "/adverse-events",
                w -> newAdverseEvent(),
                201,
                404));
        rows.add(api(
                "GET",
                "/api/clinic/outcomes",
                w -> "/api/clinic/outcomes?instrument=odi&timepoint=3m",
                null,
                200,
                200));
        // Exports: a clinic-admin's token only; another clinic's admin gets a file of that clinic's own rows.
        rows.add(adminApi(
                "GET",
                "/api/clinic/export/prom-responses.csv",
                w -> "/api/clinic/export/prom-responses.csv",
                200,
                200));
        rows.add(adminApi(
                "GET",
                "/api/clinic/export/prom-responses.jsonl",
                w -> "/api/clinic/export/prom-responses.jsonl",
                200,
                200));
        // Pages: a session cookie and, for changes, its CSRF token.
        rows.add(page("GET", "/clinic", w -> "/clinic", null, 200, 200, false));
        rows.add(page("POST", "/logout", w -> "/logout", w -> "", 303, 303, false));
        rows.add(page("GET", "/clinic/admin/users", w -> "/clinic/admin/users", null, 200, 200, true));
        rows.add(page(
                "POST",
                "/clinic/admin/users",
                w -> "/clinic/admin/users",
                w -> "email=new" + UNIQUE.incrementAndGet()
                        + "%40north.test&role=clinician&password=a+long+first+password",
                201,
                201,
                true));
        rows.add(page("GET", "/clinic/admin/tokens", w -> "/clinic/admin/tokens", null, 200, 200, true));
        rows.add(page(
                "POST",
                "/clinic/admin/tokens",
                w -> "/clinic/admin/tokens",
                w -> "email=cli%40north.test&label=matrix",
                201,
                422,
                true));
        rows.add(page(
                "POST",
                "/clinic/admin/tokens/{id}/revoke",
                w -> "/clinic/admin/tokens/" + freshNorthTokenId() + "/revoke",
                w -> "",
                303,
                404,
                true));
        rows.add(page("GET", "/clinic/admin/audit", w -> "/clinic/admin/audit", null, 200, 200, true));
        // Questionnaire wording: the admin's page, and the patient's pages behind their link.
        rows.add(
                page("GET", "/clinic/admin/questionnaires", w -> "/clinic/admin/questionnaires", null, 200, 200, true));
        rows.add(page(
                "POST",
                "/clinic/admin/questionnaires",
                w -> "/clinic/admin/questionnaires",
                w -> "instrument=odi",
                422,
                422,
                true));
        rows.add(page(
                "POST",
                "/clinic/admin/questionnaires/{instrument}/use-ours",
                w -> "/clinic/admin/questionnaires/odi/use-ours",
                w -> "",
                303,
                303,
                true));
        rows.add(patient("GET", "/q/{token}", w -> "/q/" + w.linkToken(), null, 200));
        rows.add(patient("GET", "/q/{token}/thanks", w -> "/q/" + w.linkToken() + "/thanks", null, 200));
        rows.add(patient(
                "GET",
                "/q/{token}/{course}/{timepoint}/{instrument}",
                w -> "/q/" + w.linkToken() + "/" + courseStartingToday(w) + "/baseline/odi",
                null,
                200));
        rows.add(patient(
                "POST",
                "/q/{token}/{course}/{timepoint}/{instrument}",
                w -> "/q/" + w.linkToken() + "/" + courseStartingToday(w) + "/baseline/walking",
                w -> "version=spinechoice-1&walking-minutes=30",
                303));
        rows.addAll(recordPages());
        // The clinic's outcome figures: any member of staff; another clinic gets its own figures (none).
        rows.add(page(
                "GET",
                "/clinic/outcomes",
                w -> "/clinic/outcomes?instrument=odi&timepoint=3m&region=lumbar",
                null,
                200,
                200,
                false));
        return rows;
    }

    /** The pages of the clinic's records: any member of staff; another clinic's patient or course is not found. */
    private static List<Row> recordPages() {
        List<Row> rows = new ArrayList<>();
        rows.add(page("GET", "/clinic/patients", w -> "/clinic/patients?q=matrix", null, 200, 200, false));
        rows.add(page("GET", "/clinic/patients/new", w -> "/clinic/patients/new", null, 200, 200, false));
        rows.add(page(
                "POST",
                "/clinic/patients",
                w -> "/clinic/patients",
                w -> "displayName=Page+Patient+" + UNIQUE.incrementAndGet() + "&birthYear=1949&sex=female",
                303,
                303,
                false));
        rows.add(page("GET", "/clinic/patients/{id}", w -> "/clinic/patients/" + w.patientId(), null, 200, 404, false));
        rows.add(page(
                "POST",
                "/clinic/patients/{id}/link",
                w -> "/clinic/patients/" + w.patientId() + "/link",
                w -> "",
                201,
                404,
                false));
        rows.add(page(
                "GET",
                "/clinic/patients/{id}/courses/new",
                w -> "/clinic/patients/" + w.patientId() + "/courses/new",
                null,
                200,
                404,
                false));
        rows.add(page(
                "POST",
                "/clinic/patients/{id}/courses",
                w -> "/clinic/patients/" + w.patientId() + "/courses",
                w -> "option=physical-therapy&region=lumbar&startDate=2026-02-02&plannedSessions=12&intervalWeeks=1",
                303,
                404,
                false));
        rows.add(page(
                "GET",
                "/clinic/patients/{id}/responses/new",
                w -> "/clinic/patients/" + w.patientId() + "/responses/new?instrument=odi",
                null,
                200,
                404,
                false));
        rows.add(page(
                "POST",
                "/clinic/patients/{id}/responses",
                w -> "/clinic/patients/" + w.patientId() + "/responses",
                w -> "instrument=nrs-leg&takenOn=2026-01-05&nrs=5&courseId=" + w.courseId(),
                303,
                404,
                false));
        rows.add(page(
                "GET",
                "/clinic/courses/{id}/status",
                w -> "/clinic/courses/" + w.courseId() + "/status",
                null,
                200,
                404,
                false));
        rows.add(page(
                "POST",
                "/clinic/courses/{id}/status",
                w -> "/clinic/courses/" + w.courseId() + "/status",
                w -> "status=active",
                303,
                404,
                false));
        rows.add(page(
                "GET",
                "/clinic/courses/{id}/sessions/new",
                w -> "/clinic/courses/" + w.courseId() + "/sessions/new?kind=injection",
                null,
                200,
                404,
                false));
        rows.add(page(
                "POST",
                "/clinic/courses/{id}/sessions",
                w -> "/clinic/courses/" + w.courseId() + "/sessions",
                w -> "patientId=" + w.patientId() + "&kind=other&date=2026-02-03&text=Reviewed+exercises",
                303,
                404,
                false));
        rows.add(page(
                "GET",
                "/clinic/courses/{id}/adverse-events/new",
                w -> "/clinic/courses/" + w.courseId() + "/adverse-events/new",
                null,
                200,
                404,
                false));
        rows.add(page(
                "POST",
                "/clinic/courses/{id}/adverse-events",
                w -> "/clinic/courses/" + w.courseId() + "/adverse-events",
                w -> "patientId=" + w.patientId() + "&date=2026-02-04&severity=mild&description=Sore+for+a+day",
                303,
                404,
                false));
        return rows;
    }

    @Test
    void everyWorkspaceRouteHasARowAndEveryRowARoute() {
        Set<String> declared = app.running().securedRoutes().stream()
                .map(route -> route.method().name() + " " + route.path())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        Set<String> covered = rows().stream().map(Row::key).collect(Collectors.toCollection(java.util.TreeSet::new));

        assertThat(covered).as("rows of the matrix").isEqualTo(declared);
    }

    @Test
    void everyCallerGetsExactlyTheExpectedStatusOnEveryRoute() {
        Map<String, Integer> wrong = new LinkedHashMap<>();
        for (Row row : rows()) {
            for (Caller caller : Caller.values()) {
                int status = call(row, caller).statusCode();
                if (status != row.expected().get(caller)) {
                    wrong.put(
                            row.key() + " as " + caller + " (expected "
                                    + row.expected().get(caller) + ")",
                            status);
                }
            }
        }

        assertThat(wrong).as("routes answering a caller with the wrong status").isEmpty();
    }

    private static Row api(
            String method,
            String route,
            Function<World, String> path,
            Function<World, String> body,
            int allowed,
            int otherClinic) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        expected.put(Caller.NOBODY, 401);
        expected.put(Caller.CLINICIAN, allowed);
        expected.put(Caller.CLINIC_ADMIN, allowed);
        expected.put(Caller.OTHER_CLINIC, otherClinic);
        expected.put(Caller.PATIENT_LINK, 401);
        return new Row(method, route, path, body, expected);
    }

    /** A JSON API route for the clinic-admin only: a clinician's token is refused (403). */
    private static Row adminApi(
            String method, String route, Function<World, String> path, int allowed, int otherClinic) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        expected.put(Caller.NOBODY, 401);
        expected.put(Caller.CLINICIAN, 403);
        expected.put(Caller.CLINIC_ADMIN, allowed);
        expected.put(Caller.OTHER_CLINIC, otherClinic);
        expected.put(Caller.PATIENT_LINK, 401);
        return new Row(method, route, path, null, expected);
    }

    private static Row page(
            String method,
            String route,
            Function<World, String> path,
            Function<World, String> body,
            int allowed,
            int otherClinic,
            boolean adminOnly) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        expected.put(Caller.NOBODY, 303);
        expected.put(Caller.CLINICIAN, adminOnly ? 403 : allowed);
        expected.put(Caller.CLINIC_ADMIN, allowed);
        expected.put(Caller.OTHER_CLINIC, otherClinic);
        expected.put(Caller.PATIENT_LINK, 303);
        return new Row(method, route, path, body, expected);
    }

    /** A patient page: only the link's holder gets in; for everyone else the link does not exist. */
    private static Row patient(
            String method, String route, Function<World, String> path, Function<World, String> body, int allowed) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            expected.put(caller, caller == Caller.PATIENT_LINK ? allowed : 404);
        }
        return new Row(method, route, path, body, expected);
    }

    private static HttpResponse<String> call(Row row, Caller caller) {
        String path = row.path().apply(world);
        if (row.route().contains("{token}") && caller != Caller.PATIENT_LINK) {
            // Everyone but the holder tries the route with a link that was never issued.
            path = path.replace(world.linkToken(), Secrets.strong().next());
        }
        String body = row.body() == null ? null : row.body().apply(world);
        if (row.route().startsWith("/api/")) {
            return callApi(row.method(), path, body, caller);
        }
        return callPage(row.method(), path, body, caller);
    }

    private static HttpResponse<String> callApi(String method, String path, String body, Caller caller) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri(path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        ClinicFixture.Member member = member(caller);
        if (member != null) {
            request.header("Authorization", "Bearer " + member.token());
        }
        return app.send(request.build());
    }

    private static HttpResponse<String> callPage(String method, String path, String body, Caller caller) {
        FormSession browser = new FormSession(app);
        ClinicFixture.Member member = member(caller);
        if (member != null && !path.startsWith("/q/")) {
            assertThat(browser.signIn(member.email(), ClinicFixture.PASSWORD).statusCode())
                    .isEqualTo(303);
        }
        if (method.equals("GET")) {
            return browser.get(path);
        }
        Map<String, String> form = new LinkedHashMap<>();
        if (member != null && !path.startsWith("/q/")) {
            form.put("_csrf", FormSession.csrfIn(browser.get("/clinic").body()));
        }
        if (path.startsWith("/q/")) {
            // A patient's form carries the token its page handed out; a link that opens no page hands out none.
            HttpResponse<String> page = browser.get(path);
            if (page.statusCode() == 200) {
                form.put("_csrf", FormSession.csrfIn(page.body()));
            }
        }
        for (String pair : body.isEmpty() ? new String[0] : body.split("&")) {
            String[] nameValue = pair.split("=", 2);
            form.put(nameValue[0], java.net.URLDecoder.decode(nameValue[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return browser.post(path, form);
    }

    private static ClinicFixture.Member member(Caller caller) {
        switch (caller) {
            case CLINICIAN:
                return world.clinician();
            case CLINIC_ADMIN:
                return world.admin();
            case OTHER_CLINIC:
                return world.otherAdmin();
            default:
                return null;
        }
    }

    /** A token made just to be revoked, so that revoking never disarms a caller of the matrix. */
    private static String freshNorthTokenId() {
        String label = "to revoke " + UNIQUE.incrementAndGet();
        clinics.accounts().createToken("admin@north.test", label);
        return clinics.accounts().tokens("north").stream()
                .filter(token -> token.label().equals(label))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /**
     * A new course of north's patient that starts today, so that its baseline questionnaires are due: those the
     * patient has answered no baseline of yet (the API and page rows store pain ratings), since a baseline counts for every
     * course it precedes.
     */
    private static String courseStartingToday(World w) {
        return idOf(clinics.postJson(
                w.clinician(),
                "/api/clinic/patients/" + w.patientId() + "/courses",
                "{\"option\": \"physical-therapy\", \"region\": \"lumbar\", \"startDate\": \""
                        + java.time.LocalDate.now() + "\", \"plannedSessions\": 6, \"intervalWeeks\": 1}"));
    }

    private static String newPatient() {
        return "{\"displayName\": \"Patient " + UNIQUE.incrementAndGet()
                + "\", \"birthYear\": 1961, \"sex\": \"male\"}";
    }

    private static String newCourse() {
        return "{\"option\": \"physical-therapy\", \"region\": \"lumbar\", \"startDate\": \"2026-02-02\","
                + " \"plannedSessions\": 12, \"intervalWeeks\": 1}";
    }

    private static String newSession() {
        return "{\"date\": \"2026-02-03\", \"details\": {\"kind\": \"other\", \"text\": \"Reviewed exercises\"}}";
    }

    private static String newAdverseEvent() {
        return "{\"date\": \"2026-02-04\", \"severity\": \"mild\", \"description\": \"Sore for a day\"}";
    }

    private static String newResponse(World w) {
        return "{\"instrument\": \"nrs-back\", \"takenOn\": \"2026-01-05\", \"answers\": {\"nrs\": 6},"
                + " \"courseId\": \"" + w.courseId() + "\"}";
    }

    private static String idOf(HttpResponse<String> created) {
        try {
            JsonNode body = JSON.readTree(created.body());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return body.get("id").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
