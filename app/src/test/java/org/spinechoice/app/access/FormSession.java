package org.spinechoice.app.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.spinechoice.app.TestApp;

/**
 * A browser without a browser: keeps the cookies a server sets, posts forms, and never follows redirects, so a test
 * sees every status and Set-Cookie header of the sign-in flow.
 */
public final class FormSession {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final TestApp app;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public FormSession(TestApp app) {
        this.app = app;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(app.uri(path)).GET());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(app.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Opens the sign-in page and submits it; returns the answer to the submission. */
    public HttpResponse<String> signIn(String email, String password) {
        String token = csrfIn(get("/login").body());
        return post("/login", Map.of("_csrf", token, "email", email, "password", password, "next", "/clinic"));
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public static String csrfIn(String html) {
        Matcher matcher = HIDDEN_CSRF.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no CSRF field in the page");
        }
        return matcher.group(1);
    }

    static List<String> setCookieHeaders(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie");
    }

    /** Sends a request of the test's own making with the cookies kept so far, and keeps the ones it sets. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                            .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String header : setCookieHeaders(response)) {
                String pair = header.split(";", 2)[0];
                String[] nameValue = pair.split("=", 2);
                boolean expired = header.toLowerCase().contains("max-age=0");
                if (expired || nameValue[1].isEmpty()) {
                    cookies.remove(nameValue[0]);
                } else {
                    cookies.put(nameValue[0], nameValue[1]);
                }
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public URI uri(String path) {
        return app.uri(path);
    }
}
