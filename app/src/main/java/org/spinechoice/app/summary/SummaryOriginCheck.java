package org.spinechoice.app.summary;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.net.URI;
import java.util.Locale;

/**
 * Refuses form posts that another site made the browser send. The summary forms carry no CSRF token because they
 * touch no account, but a cross-site post could still save or delete a summary, so a post must come from our own
 * pages: {@code Sec-Fetch-Site: same-origin}, or, from a browser that does not send that header, an {@code Origin}
 * whose host and port are the request's own. A post with neither header is refused too.
 */
final class SummaryOriginCheck {

    private SummaryOriginCheck() {}

    static void requireSameOrigin(Context ctx) {
        if (!sameOrigin(ctx.header("Sec-Fetch-Site"), ctx.header("Origin"), ctx.header("Host"))) {
            throw new ForbiddenResponse("This form can only be sent from SpineChoice's own pages.");
        }
    }

    static boolean sameOrigin(String fetchSite, String origin, String host) {
        if (fetchSite != null) {
            return fetchSite.strip().equalsIgnoreCase("same-origin");
        }
        if (origin == null || host == null || origin.isBlank() || origin.strip().equals("null")) {
            return false;
        }
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            return authority.toLowerCase(Locale.ROOT).equals(withoutDefaultPort(host, uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String withoutDefaultPort(String host, String scheme) {
        String normal = host.strip().toLowerCase(Locale.ROOT);
        if (("http".equals(scheme) && normal.endsWith(":80")) || ("https".equals(scheme) && normal.endsWith(":443"))) {
            return normal.substring(0, normal.lastIndexOf(':'));
        }
        return normal;
    }
}
