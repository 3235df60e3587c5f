package org.spinechoice.app.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.TestApp;
import org.spinechoice.app.access.Access;
import org.spinechoice.app.access.SecuredRoute;

/** The clinic records API as declared: exactly these routes, each for staff with an API token and no one else. */
class ClinicApiRoutesIT {

    @AfterAll
    static void stop() {
        RunningApps.stopAll();
    }

    @Test
    void everyRecordsRouteIsForStaffWithAnApiTokenAndAnswers401WithoutOne() {
        TestApp app = RunningApps.on(DatabaseKind.H2);
        List<SecuredRoute> routes = app.running().securedRoutes().stream()
                .filter(route -> route.path().startsWith("/api/clinic/"))
                .toList();

        assertThat(routes)
                .extracting(route -> route.method() + " " + route.path())
                .containsExactlyInAnyOrder(
                        "GET /api/clinic/patients",
                        "POST /api/clinic/patients",
                        "GET /api/clinic/patients/{id}",
                        "GET /api/clinic/patients/{id}/prom-responses",
                        "POST /api/clinic/patients/{id}/prom-responses",
                        "GET /api/clinic/patients/{id}/courses",
                        "POST /api/clinic/patients/{id}/courses",
                        "GET /api/clinic/courses/{id}",
                        "PATCH /api/clinic/courses/{id}",
                        "GET /api/clinic/courses/{id}/sessions",
                        "POST /api/clinic/courses/{id}/sessions",
                        "GET /api/clinic/courses/{id}/adverse-events",
                        "POST /api/clinic/courses/{id}/adverse-events",
                        "GET /api/clinic/outcomes",
                        "GET /api/clinic/export/prom-responses.csv",
                        "GET /api/clinic/export/prom-responses.jsonl");
        for (SecuredRoute route : routes) {
            // An export holds every patient of the clinic: its admin's alone.
            assertThat(route.access())
                    .as(route.path())
                    .isEqualTo(route.path().startsWith("/api/clinic/export/") ? Access.ADMIN : Access.STAFF);
            assertThat(route.credential()).isEqualTo(SecuredRoute.Credential.BEARER_TOKEN);
            HttpResponse<String> anonymous = app.send(HttpRequest.newBuilder(app.uri(
                            route.path().replace("{id}", UUID.randomUUID().toString())))
                    .header("Content-Type", "application/json")
                    .method(route.method().name(), HttpRequest.BodyPublishers.ofString("{}"))
                    .build());
            assertThat(anonymous.statusCode())
                    .as(route.method() + " " + route.path())
                    .isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        }
    }
}
