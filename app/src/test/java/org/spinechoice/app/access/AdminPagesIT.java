package org.spinechoice.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spinechoice.app.ClinicFixture;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.TestApp;

/** A clinic-admin manages staff and API tokens through the pages; a clinician may not. */
class AdminPagesIT {

    private static TestApp app;
    private static ClinicFixture clinics;

    @BeforeAll
    static void start() {
        app = TestApp.start(DatabaseKind.H2);
        clinics = new ClinicFixture(app);
        clinics.clinic("north");
        clinics.clinic("south");
        clinics.member("north", "admin@north.test", "clinic-admin");
        clinics.member("north", "cli@north.test", "clinician");
        clinics.member("south", "admin@south.test", "clinic-admin");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anAdminAddsAMemberOfStaffWhoCanThenSignIn() {
        FormSession admin = signedIn("admin@north.test");
        String csrf = FormSession.csrfIn(admin.get("/clinic/admin/users").body());

        HttpResponse<String> added = admin.post(
                "/clinic/admin/users",
                Map.of(
                        "_csrf",
                        csrf,
                        "email",
                        "new@north.test",
                        "role",
                        "clinician",
                        "password",
                        "a long first password"));

        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(added.body()).contains("new@north.test");
        assertThat(new FormSession(app)
                        .signIn("new@north.test", "a long first password")
                        .statusCode())
                .isEqualTo(303);
    }

    @Test
    void aRefusedNewAccountSaysWhichFieldAndSavesNothing() {
        FormSession admin = signedIn("admin@north.test");
        String csrf = FormSession.csrfIn(admin.get("/clinic/admin/users").body());

        HttpResponse<String> refused = admin.post(
                "/clinic/admin/users",
                Map.of("_csrf", csrf, "email", "short@north.test", "role", "clinician", "password", "short"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("href=\"#password\"").contains("at least 12");
        assertThat(clinics.accounts().users("north"))
                .noneMatch(user -> user.email().equals("short@north.test"));
    }

    @Test
    void staffOfAnotherClinicAreNeverListed() {
        String page = signedIn("admin@north.test").get("/clinic/admin/users").body();

        assertThat(page).contains("cli@north.test").doesNotContain("admin@south.test");
    }

    @Test
    void aTokenIsShownOnceWorksAndCanBeRevoked() {
        FormSession admin = signedIn("admin@north.test");
        String csrf = FormSession.csrfIn(admin.get("/clinic/admin/tokens").body());

        HttpResponse<String> made = admin.post(
                "/clinic/admin/tokens", Map.of("_csrf", csrf, "email", "cli@north.test", "label", "reporting script"));

        assertThat(made.statusCode()).isEqualTo(201);
        Matcher shown = Pattern.compile("<code class=\"token\">(sct_[A-Za-z0-9_-]{43})</code>")
                .matcher(made.body());
        assertThat(shown.find()).isTrue();
        String token = shown.group(1);
        assertThat(clinics.accounts().tokenOwner(token)).map(StaffMember::email).hasValue("cli@north.test");
        assertThat(admin.get("/clinic/admin/tokens").body()).doesNotContain(token);

        String tokenId = clinics.accounts().tokens("north").stream()
                .filter(listed -> listed.label().equals("reporting script"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(admin.post("/clinic/admin/tokens/" + tokenId + "/revoke", Map.of("_csrf", csrf))
                        .statusCode())
                .isEqualTo(303);
        assertThat(clinics.accounts().tokenOwner(token)).isEmpty();
    }

    @Test
    void anAdminCannotRevokeAnotherClinicsToken() {
        clinics.accounts().createToken("admin@south.test", "south script");
        String southTokenId = clinics.accounts().tokens("south").get(0).id();
        FormSession admin = signedIn("admin@north.test");
        String csrf = FormSession.csrfIn(admin.get("/clinic/admin/tokens").body());

        assertThat(admin.post("/clinic/admin/tokens/" + southTokenId + "/revoke", Map.of("_csrf", csrf))
                        .statusCode())
                .isEqualTo(404);
        assertThat(clinics.accounts().tokens("south").get(0).revokedAt()).isEmpty();
    }

    @Test
    void theAuditPageVerifiesTheChainWhenAsked() {
        HttpResponse<String> page = signedIn("admin@north.test").get("/clinic/admin/audit?verify");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("The chain is intact");
    }

    @Test
    void aClinicianMayNotOpenTheAdminPages() {
        FormSession clinician = signedIn("cli@north.test");

        assertThat(clinician.get("/clinic/admin/users").statusCode()).isEqualTo(403);
        assertThat(clinician.get("/clinic/admin/tokens").statusCode()).isEqualTo(403);
        assertThat(clinician.get("/clinic/admin/audit").statusCode()).isEqualTo(403);
        assertThat(clinician.get("/clinic").body()).doesNotContain("/clinic/admin/users");
    }

    private static FormSession signedIn(String email) {
        FormSession browser = new FormSession(app);
        assertThat(browser.signIn(email, ClinicFixture.PASSWORD).statusCode()).isEqualTo(303);
        return browser;
    }
}
