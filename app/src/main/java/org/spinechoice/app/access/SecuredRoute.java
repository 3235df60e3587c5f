package org.spinechoice.app.access;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;

/**
 * One route of the clinic workspace with who may use it and how the caller proves who they are. The list of these
 * is what the authorization matrix test walks.
 *
 * @param credential how the caller is recognised: a bearer token (the JSON API), a session cookie (the pages) or the
 *     token in a patient link's path
 * @param handler the handler as registered, with the checks in front of the work
 */
public record SecuredRoute(HandlerType method, String path, Access access, Credential credential, Handler handler) {

    /** How a caller is recognised on a route. */
    public enum Credential {
        BEARER_TOKEN,
        SESSION_COOKIE,
        LINK_IN_PATH
    }

    public SecuredRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(handler, "handler");
    }
}
