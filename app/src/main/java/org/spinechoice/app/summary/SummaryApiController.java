package org.spinechoice.app.summary;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinechoice.app.platform.Json;
import org.spinechoice.app.platform.Problem;

/**
 * {@code POST /api/summary}: the summary of an intake, the options compared and the questionnaires answered, as the
 * printable page ({@code Accept: text/html}) or the PDF ({@code Accept: application/pdf}). Stateless; stores
 * nothing.
 */
public final class SummaryApiController {

    private static final Problem NOT_ACCEPTABLE = new Problem(
            "about:blank",
            "Not Acceptable",
            406,
            "The summary comes as application/pdf or text/html; ask for one in the Accept header.",
            List.of());

    private final SummaryRequest requests;
    private final SummaryDocuments documents;
    private final ObjectMapper json;

    public SummaryApiController(SummaryRequest requests, SummaryDocuments documents, ObjectMapper json) {
        this.requests = requests;
        this.documents = documents;
        this.json = json;
    }

    public void summary(Context ctx) {
        SummaryRequest.Outcome outcome = requests.read(ctx.body());
        if (outcome instanceof SummaryRequest.Rejected rejected) {
            problem(ctx, rejected.problem());
            return;
        }
        Optional<SummaryFormat> format = SummaryFormat.negotiate(ctx.header("Accept"));
        if (format.isEmpty()) {
            problem(ctx, NOT_ACCEPTABLE.toJson());
            return;
        }
        Summary summary = documents.build(((SummaryRequest.Accepted) outcome).input());
        if (format.get() == SummaryFormat.PDF) {
            documents.sendPdf(ctx, summary);
        } else {
            documents.sendPage(ctx, "summary/page.jte", Map.of("msg", documents.messages(), "summary", summary));
        }
    }

    private void problem(Context ctx, Map<String, Object> problem) {
        ctx.status((Integer) problem.get("status"))
                .contentType(Problem.MEDIA_TYPE)
                .result(Json.write(json, problem));
    }
}
