package org.spinechoice.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spinechoice.app.ClinicFixture;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.TestApp;

/** Signing in and out of the clinic workspace over real HTTP: cookies, CSRF, lock-out and throttling. */
class SignInIT {

    private static TestApp app;
    private static ClinicFixture clinics;

    @BeforeAll
    static void start() {
        app = TestApp.start(DatabaseKind.H2);
        clinics = new ClinicFixture(app);
        clinics.clinic("north");
        clinics.member("north", "ann@north.test", "clinic-admin");
        clinics.member("north", "locked@north.test", "clinician");
        clinics.member("north", "bea@north.test", "clinician");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void signingInStartsAFreshHttpOnlySessionAndOpensTheWorkspace() {
        FormSession browser = new FormSession(app);
        browser.setCookie(SessionCookie.SESSION, "planted-by-an-attacker-before-sign-in-xxxxxxx");

        HttpResponse<String> signedIn = browser.signIn("Ann@North.test ", ClinicFixture.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/clinic");
        String sessionCookie = FormSession.setCookieHeaders(signedIn).stream()
                .filter(header -> header.startsWith(SessionCookie.SESSION + "="))
                .findFirst()
                .orElseThrow();
        assertThat(sessionCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(browser.cookie(SessionCookie.SESSION)).isNotEqualTo("planted-by-an-attacker-before-sign-in-xxxxxxx");
        HttpResponse<String> home = browser.get("/clinic");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("ann@north.test");
        assertThat(home.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void eachSignInGetsANewSessionId() {
        FormSession first = new FormSession(app);
        first.signIn("bea@north.test", ClinicFixture.PASSWORD);
        FormSession second = new FormSession(app);
        second.signIn("bea@north.test", ClinicFixture.PASSWORD);

        assertThat(first.cookie(SessionCookie.SESSION)).isNotNull().isNotEqualTo(second.cookie(SessionCookie.SESSION));
    }

    @Test
    void withoutASessionTheWorkspaceRedirectsToSignIn() {
        HttpResponse<String> response = new FormSession(app).get("/clinic");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/login?next=%2Fclinic");
    }

    @Test
    void aSignInPostWithoutTheFormsTokenIsRefused() {
        FormSession browser = new FormSession(app);

        HttpResponse<String> response =
                browser.post("/login", Map.of("email", "ann@north.test", "password", ClinicFixture.PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(browser.cookie(SessionCookie.SESSION)).isNull();
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailReadTheSame() {
        HttpResponse<String> wrongPassword = new FormSession(app).signIn("bea@north.test", "not the password at all");
        HttpResponse<String> unknown = new FormSession(app).signIn("nobody@north.test", "not the password at all");

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(errorIn(wrongPassword)).isEqualTo(errorIn(unknown)).contains("not recognised");
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() {
        for (int attempt = 0; attempt < AccountService.LOCK_AFTER_FAILURES; attempt++) {
            assertThat(new FormSession(app)
                            .signIn("locked@north.test", "wrong guess " + attempt)
                            .statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> rightPassword = new FormSession(app).signIn("locked@north.test", ClinicFixture.PASSWORD);

        assertThat(rightPassword.statusCode()).isEqualTo(401);
    }

    @Test
    void signingOutNeedsTheSessionsTokenAndEndsTheSession() {
        FormSession browser = new FormSession(app);
        browser.signIn("bea@north.test", ClinicFixture.PASSWORD);
        String token = FormSession.csrfIn(browser.get("/clinic").body());
        String session = browser.cookie(SessionCookie.SESSION);

        assertThat(browser.post("/logout", Map.of("_csrf", "forged")).statusCode())
                .isEqualTo(403);
        assertThat(browser.get("/clinic").statusCode()).isEqualTo(200);

        HttpResponse<String> out = browser.post("/logout", Map.of("_csrf", token));

        assertThat(out.statusCode()).isEqualTo(303);
        FormSession replay = new FormSession(app);
        replay.setCookie(SessionCookie.SESSION, session);
        assertThat(replay.get("/clinic").statusCode()).isEqualTo(303);
    }

    @Test
    void nextNeverLeadsOutsideTheWorkspace() {
        assertThat(LoginController.safeNext("/clinic/patients")).isEqualTo("/clinic/patients");
        assertThat(LoginController.safeNext("https://evil.example/")).isEqualTo("/clinic");
        assertThat(LoginController.safeNext("//evil.example/clinic")).isEqualTo("/clinic");
        assertThat(LoginController.safeNext("/clinic\\@evil")).isEqualTo("/clinic");
        assertThat(LoginController.safeNext(null)).isEqualTo("/clinic");
    }

    private static String errorIn(HttpResponse<String> response) {
        int start = response.body().indexOf("role=\"alert\"");
        return response.body().substring(start, response.body().indexOf("</div>", start));
    }
}
