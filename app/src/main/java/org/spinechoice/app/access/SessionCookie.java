package org.spinechoice.app.access;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * The cookies of the clinic workspace: the session id after sign-in, and before it the token the sign-in form
 * carries back (a double-submit token, since there is no session yet to hold one); and the token the forms of
 * patient link pages carry back, for the same reason. All are HttpOnly and SameSite=Lax, and Secure whenever the
 * request came over TLS, directly or through a proxy that says so.
 */
public final class SessionCookie {

    public static final String SESSION = "sc_session";
    public static final String LOGIN_FORM = "sc_login";
    public static final String LINK_FORM = "sc_link_form";

    private SessionCookie() {}

    public static void set(Context ctx, String name, String value, int maxAgeSeconds) {
        ctx.cookie(new Cookie(name, value, "/", maxAgeSeconds, overTls(ctx), true, null, SameSite.LAX));
    }

    public static void clear(Context ctx, String name) {
        ctx.cookie(new Cookie(name, "", "/", 0, overTls(ctx), true, null, SameSite.LAX));
    }

    static boolean overTls(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
