package org.spinechoice.app.access;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnauthorizedResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spinechoice.app.platform.Secrets;

/**
 * The one way to declare a route of the clinic workspace: each route states who may use it, and the checks run in
 * front of its handler. The JSON API recognises staff by their API token ({@code Authorization: Bearer sct_…}); the
 * pages by their session cookie, and every state-changing page request must carry the session's CSRF token; patient
 * pages by the link token in their path, and their forms must come from our own pages and carry a double-submit
 * token. A missing or unknown credential is 401 (pages: a redirect to sign in), a role without the right is 403, a
 * form from elsewhere 403, and a link that is unknown, expired or revoked is 404.
 */
public final class SecuredRoutes {

    /** The form field (or, for scripts, the header) that carries the CSRF token. */
    public static final String CSRF_FIELD = "_csrf";

    public static final String CSRF_HEADER = "X-CSRF-Token";

    private static final String CSRF_ATTRIBUTE = "spinechoice.csrf";

    private static final String FORM_REFUSED =
            "This form was out of date or did not come from SpineChoice. Go back, reload the page and try again.";

    private final AccountService accounts;
    private final Secrets secrets = Secrets.strong();
    private final List<SecuredRoute> routes = new ArrayList<>();

    public SecuredRoutes(AccountService accounts) {
        this.accounts = accounts;
    }

    public void api(HandlerType method, String path, Access access, StaffHandler handler) {
        requireStaffAccess(access);
        add(
                method,
                path,
                access,
                SecuredRoute.Credential.BEARER_TOKEN,
                ctx -> handler.handle(ctx, bearer(ctx, access)));
    }

    public void page(HandlerType method, String path, Access access, StaffHandler handler) {
        requireStaffAccess(access);
        add(method, path, access, SecuredRoute.Credential.SESSION_COOKIE, ctx -> {
            Optional<StaffMember> staff = session(ctx, method);
            if (staff.isEmpty()) {
                return;
            }
            allow(staff.get(), access);
            handler.handle(ctx, staff.get());
        });
    }

    /** A patient page; {@code path} must hold a {@code {token}} segment with the link's token. */
    public void patient(HandlerType method, String path, PatientLinkHandler handler) {
        if (!path.contains("{token}")) {
            throw new IllegalArgumentException("a patient link route carries its token in the path: " + path);
        }
        add(method, path, Access.PATIENT_LINK, SecuredRoute.Credential.LINK_IN_PATH, ctx -> {
            // Every answer on a link concerns one patient, its "not valid" page too: kept by no cache or search engine.
            ctx.header("Cache-Control", "no-store");
            ctx.header("X-Robots-Tag", "noindex");
            PatientLinkHolder holder = accounts.patientLink(ctx.pathParam("token"))
                    .orElseThrow(() -> new NotFoundResponse(
                            "This questionnaire link is not valid any more. Please ask your clinic for a new one."));
            ctx.attribute(CSRF_ATTRIBUTE, linkFormToken(ctx, method));
            handler.handle(ctx, holder);
        });
    }

    /** Every secured route declared so far, in order. */
    public List<SecuredRoute> routes() {
        return List.copyOf(routes);
    }

    /** The CSRF token a page (of signed-in staff, or of a patient link) must put into each of its forms. */
    public static String csrfToken(Context ctx) {
        String token = ctx.attribute(CSRF_ATTRIBUTE);
        if (token == null) {
            throw new IllegalStateException("only a signed-in page or a patient link page has a CSRF token");
        }
        return token;
    }

    private void add(
            HandlerType method, String path, Access access, SecuredRoute.Credential credential, Handler handler) {
        routes.add(new SecuredRoute(method, path, access, credential, handler));
    }

    private StaffMember bearer(Context ctx, Access access) {
        String authorization = ctx.header("Authorization");
        Optional<StaffMember> staff = Optional.empty();
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            staff = accounts.tokenOwner(authorization.substring(7).strip());
        }
        if (staff.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new UnauthorizedResponse("Send a valid API token: Authorization: Bearer sct_…");
        }
        allow(staff.get(), access);
        return staff.get();
    }

    private Optional<StaffMember> session(Context ctx, HandlerType method) {
        Optional<StaffSession> session = accounts.session(ctx.cookie(SessionCookie.SESSION));
        if (session.isEmpty()) {
            if (method == HandlerType.GET) {
                ctx.redirect(
                        "/login?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            } else {
                ctx.redirect("/login", HttpStatus.SEE_OTHER);
            }
            return Optional.empty();
        }
        if (method != HandlerType.GET && method != HandlerType.HEAD) {
            String sent = Optional.ofNullable(ctx.formParam(CSRF_FIELD)).orElse(ctx.header(CSRF_HEADER));
            if (!Secrets.sameSecret(session.get().csrfToken(), sent)) {
                throw new ForbiddenResponse(FORM_REFUSED);
            }
        }
        ctx.attribute(CSRF_ATTRIBUTE, session.get().csrfToken());
        return Optional.of(session.get().staff());
    }

    /**
     * The form token of a patient link page. A link has no session to hold one, so it is a double-submit token: a
     * cookie (SameSite=Lax, so a cross-site post does not carry it) whose value each form sends back. A post must
     * also not be marked cross-site or same-site by the browser ({@code Sec-Fetch-Site}), where the browser says.
     */
    private String linkFormToken(Context ctx, HandlerType method) {
        String cookie = ctx.cookie(SessionCookie.LINK_FORM);
        if (method != HandlerType.GET && method != HandlerType.HEAD) {
            String site = ctx.header("Sec-Fetch-Site");
            boolean fromElsewhere = site != null && !site.equals("same-origin") && !site.equals("none");
            if (fromElsewhere || !Secrets.sameSecret(cookie, ctx.formParam(CSRF_FIELD))) {
                throw new ForbiddenResponse(FORM_REFUSED);
            }
            return cookie;
        }
        // The token is kept while the browser has it, so questionnaires open in two tabs can both be sent.
        String token = Secrets.wellFormed(cookie) ? cookie : secrets.next();
        SessionCookie.set(ctx, SessionCookie.LINK_FORM, token, (int) AccountService.PATIENT_LINK_VALID.toSeconds());
        return token;
    }

    private static void allow(StaffMember staff, Access access) {
        if (access == Access.ADMIN && !staff.isAdmin()) {
            throw new ForbiddenResponse("Only a clinic admin may do this.");
        }
    }

    private static void requireStaffAccess(Access access) {
        if (access == Access.PATIENT_LINK) {
            throw new IllegalArgumentException("patient link routes are declared with patient(...)");
        }
    }
}
