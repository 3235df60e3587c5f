package org.spinechoice.app.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.Endpoint;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns failures into answers: problem documents for the API, a plain page for people. Neither ever shows a stack
 * trace or exception text; unexpected errors are logged with a reference the person can quote.
 */
public final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private final TemplateRenderer templates;
    private final Messages messages;
    private final ObjectMapper json;

    public ErrorResponses(TemplateRenderer templates, Messages messages, ObjectMapper json) {
        this.templates = templates;
        this.messages = messages;
        this.json = json;
    }

    /** A known HTTP outcome such as "not found", raised by a handler with a message safe to show. */
    public void httpResponse(HttpResponseException exception, Context ctx) {
        int status = exception.getStatus();
        if (status == 404) {
            send(ctx, Problem.notFound(exception.getMessage()));
        } else {
            send(ctx, new Problem("about:blank", exception.getMessage(), status, exception.getMessage(), List.of()));
        }
    }

    /** No route matched. */
    public void notFound(Context ctx) {
        send(ctx, Problem.notFound("There is nothing at this address."));
    }

    /** Anything unexpected: log it, answer 500 without details. */
    public void unexpected(Exception exception, Context ctx) {
        LOG.error("Unexpected error on {} {}", ctx.method(), route(ctx), exception);
        send(ctx, Problem.internalError());
    }

    /**
     * The route as declared, such as {@code /q/{token}}, never the path itself: a path may carry a secret (a patient's
     * link, a saved summary's code), which must not reach the logs.
     */
    private static String route(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        return matched == null ? "(before any route)" : matched.path;
    }

    private void send(Context ctx, Problem problem) {
        ctx.status(problem.status());
        if (ctx.path().startsWith("/api/")) {
            ctx.contentType(Problem.MEDIA_TYPE).result(Json.write(json, problem.toJson()));
        } else {
            ctx.contentType("text/html; charset=utf-8")
                    .result(templates.render("error.jte", Map.of("msg", messages, "problem", problem)));
        }
    }
}
