package org.spinechoice.app;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.spinechoice.app.access.AccountService;
import org.spinechoice.app.access.Passwords;
import org.spinechoice.app.platform.Secrets;

/**
 * Clinics, staff and API tokens made directly in a running test app's database, the way {@code admin} makes them,
 * so tests of the workspace start from known accounts. Each member's password is {@link #PASSWORD}.
 */
public final class ClinicFixture {

    public static final String PASSWORD = "test password 1234";

    private final TestApp app;
    private final AccountService accounts;

    public ClinicFixture(TestApp app) {
        this.app = app;
        this.accounts = new AccountService(
                app.running().database().jdbi(), new Passwords(), Secrets.strong(), Clock.systemUTC());
    }

    /** A member of staff with an API token. */
    public record Member(String clinicId, String email, String role, String token) {}

    public AccountService accounts() {
        return accounts;
    }

    public void clinic(String id) {
        accounts.createClinic(id, "Clinic " + id);
    }

    public Member member(String clinicId, String email, String role) {
        accounts.createUser(clinicId, email, role, PASSWORD);
        return new Member(clinicId, email, role, accounts.createToken(email, "test"));
    }

    /** Sends a request with the member's API token. */
    public HttpResponse<String> send(Member member, HttpRequest.Builder request) {
        return app.send(
                request.header("Authorization", "Bearer " + member.token()).build());
    }

    public HttpResponse<String> getJson(Member member, String path) {
        return send(
                member,
                HttpRequest.newBuilder(app.uri(path))
                        .header("Accept", "application/json")
                        .GET());
    }

    public HttpResponse<String> postJson(Member member, String path, String json) {
        return send(
                member,
                HttpRequest.newBuilder(app.uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> patchJson(Member member, String path, String json) {
        return send(
                member,
                HttpRequest.newBuilder(app.uri(path))
                        .header("Content-Type", "application/json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }
}
