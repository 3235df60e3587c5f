package org.spinechoice.app.platform;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers whose body is written while it is being read from the database, such as exports, and what happens when
 * that fails half-way. A body must never end as if complete when rows are missing, since a shorter file would be
 * taken for the whole.
 */
public final class StreamedResponses {

    private static final Logger LOG = LoggerFactory.getLogger(StreamedResponses.class);

    private StreamedResponses() {}

    /**
     * Ends an answer whose writing failed. While nothing has left the server, the answer (headers and buffered rows) is
     * cleared and the failure thrown again, to be answered like any other: a problem document. Once the body has begun
     * to leave, its status and headers are gone, so the connection is closed instead: the client sees the answer end
     * without its final chunk, as an error. The Servlet API has no call for this; Jetty's connection is closed, which
     * cuts off this answer alone because the server speaks HTTP/1.1, one answer at a time per connection. (Jetty's
     * {@code ServletChannel.abort} would do too, but leaves the request in a state Javalin then logs as an error.)
     *
     * @throws RuntimeException the failure, when the answer could still be cleared
     */
    public static void failed(Context ctx, Exception cause) {
        if (!ctx.res().isCommitted()) {
            ctx.res().reset();
            SecurityHeaders.apply(ctx);
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw cause instanceof IOException io ? new UncheckedIOException(io) : new IllegalStateException(cause);
        }
        // The route as declared, never the path or the rows: neither may carry patient data into the log.
        Endpoint route = ctx.endpoints().matchedHttpEndpoint();
        String where = route == null ? "(no route)" : route.path;
        if (cause instanceof IOException) {
            LOG.info("Answer on {} cut off, the client is gone: {}", where, cause.toString());
        } else {
            LOG.error("Answer on {} cut off by a failure after its body began", where, cause);
        }
        ServletContextRequest.getServletContextRequest(ctx.req())
                .getServletChannel()
                .getEndPoint()
                .close(cause);
    }
}
