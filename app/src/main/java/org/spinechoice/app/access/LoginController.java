package org.spinechoice.app.access;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.platform.Secrets;
import org.spinechoice.app.platform.TemplateRenderer;

/**
 * Sign-in and sign-out of clinic staff. Sign-in always starts a new session with a new id (nothing from before it
 * carries over), and its form is protected against cross-site posting by a double-submit token.
 */
public final class LoginController {

    /** Where staff land after signing in when no page asked for it. */
    public static final String HOME = "/clinic";

    private final AccountService accounts;
    private final LoginThrottle throttle;
    private final Secrets secrets;
    private final TemplateRenderer templates;
    private final Messages messages;

    public LoginController(
            AccountService accounts,
            LoginThrottle throttle,
            Secrets secrets,
            TemplateRenderer templates,
            Messages messages) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.secrets = secrets;
        this.templates = templates;
        this.messages = messages;
    }

    public void form(Context ctx) {
        if (accounts.session(ctx.cookie(SessionCookie.SESSION)).isPresent()) {
            ctx.redirect(safeNext(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, HttpStatus.OK, null, "", safeNext(ctx.queryParam("next")));
    }

    public void signIn(Context ctx) {
        String email = ctx.formParam("email");
        String next = safeNext(ctx.formParam("next"));
        if (!Secrets.sameSecret(ctx.cookie(SessionCookie.LOGIN_FORM), ctx.formParam(SecuredRoutes.CSRF_FIELD))) {
            render(ctx, HttpStatus.FORBIDDEN, "login.error.form", email, next);
            return;
        }
        if (!throttle.mayTry(ctx.ip())) {
            render(ctx, HttpStatus.TOO_MANY_REQUESTS, "login.error.throttled", email, next);
            return;
        }
        SignIn result = accounts.signIn(email, ctx.formParam("password"));
        if (result instanceof SignIn.SignedIn signedIn) {
            SessionCookie.clear(ctx, SessionCookie.LOGIN_FORM);
            SessionCookie.set(
                    ctx, SessionCookie.SESSION, signedIn.sessionId(), (int) AccountService.SESSION_MAX.toSeconds());
            ctx.redirect(next, HttpStatus.SEE_OTHER);
        } else {
            throttle.failed(ctx.ip());
            render(ctx, HttpStatus.UNAUTHORIZED, "login.error.refused", email, next);
        }
    }

    /** Signing out changes state, so it is a POST carrying the session's CSRF token like every other form. */
    public void signOut(Context ctx, StaffMember staff) {
        accounts.signOut(ctx.cookie(SessionCookie.SESSION));
        SessionCookie.clear(ctx, SessionCookie.SESSION);
        ctx.redirect("/login?signedOut", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, HttpStatus status, String errorKey, String email, String next) {
        String formToken = secrets.next();
        SessionCookie.set(ctx, SessionCookie.LOGIN_FORM, formToken, (int)
                Duration.ofHours(1).toSeconds());
        Map<String, Object> model = new HashMap<>();
        model.put("msg", messages);
        model.put("formToken", formToken);
        model.put("email", email == null ? "" : email);
        model.put("next", next);
        model.put("error", errorKey == null ? null : messages.get(errorKey));
        model.put("signedOut", ctx.queryParam("signedOut") != null);
        ctx.header("Cache-Control", "no-store");
        ctx.status(status).contentType("text/html; charset=utf-8").result(templates.render("access/login.jte", model));
    }

    /** Only a path inside the workspace: never another site, so the form cannot be used to send people away. */
    static String safeNext(String next) {
        if (next != null && next.startsWith("/clinic") && !next.startsWith("//") && !next.contains("\\")) {
            return next;
        }
        return HOME;
    }
}
