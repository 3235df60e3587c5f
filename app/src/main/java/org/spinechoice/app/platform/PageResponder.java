package org.spinechoice.app.platform;

import io.javalin.http.Context;

/** Sends pre-rendered HTML and JSON with the right content type. */
public final class PageResponder {

    private PageResponder() {}

    public static void html(Context ctx, byte[] page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    public static void json(Context ctx, byte[] document) {
        ctx.contentType("application/json").result(document);
    }
}
