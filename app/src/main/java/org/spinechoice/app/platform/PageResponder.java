package org.spinechoice.app.platform;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Sends rendered HTML and JSON with the right content type; cached documents carry their ETag. */
public final class PageResponder {

    private static final String HTML = "text/html; charset=utf-8";
    private static final String JSON = "application/json";

    private PageResponder() {}

    /** A page rendered for this request only. */
    public static void html(Context ctx, byte[] page) {
        ctx.contentType(HTML).result(page);
    }

    public static void html(Context ctx, PageCache.CachedPage page) {
        send(ctx, page, HTML);
    }

    public static void json(Context ctx, PageCache.CachedPage document) {
        send(ctx, document, JSON);
    }

    private static void send(Context ctx, PageCache.CachedPage page, String contentType) {
        ctx.header("ETag", page.etag());
        if (page.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.header("Vary", "Accept-Encoding");
        String accepted = ctx.header("Accept-Encoding");
        if (accepted != null && accepted.contains("gzip")) {
            ctx.header("Content-Encoding", "gzip");
            ctx.contentType(contentType).result(page.gzipped());
        } else {
            ctx.contentType(contentType).result(page.body());
        }
    }
}
