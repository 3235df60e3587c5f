package org.spinechoice.app.summary;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.spinechoice.app.check.CheckAnswers;

/**
 * Saved summaries: {@code POST /summaries} saves the check's answers and sends the person to their new link,
 * {@code /summaries/{code}} shows it (and {@code …/pdf} as a PDF) until it expires, and {@code POST
 * /summaries/{code}/delete} deletes it at once. The forms are refused when another site sent them. An unknown or
 * expired code is a 404, whichever it was.
 */
public final class SavedSummaryController {

    private static final String NOT_FOUND = "There is no saved summary at this address. It may have expired or been"
            + " deleted, or the link may be incomplete.";

    /** Far more than any real check's answers take; a longer form was not sent by our page. */
    static final int MAX_ANSWERS_LENGTH = 8 * 1024;

    private final SummaryDocuments documents;
    private final SummaryService saved;

    public SavedSummaryController(SummaryDocuments documents, SummaryService saved) {
        this.documents = documents;
        this.saved = saved;
    }

    public void save(Context ctx) {
        SummaryOriginCheck.requireSameOrigin(ctx);
        CheckAnswers answers = CheckAnswers.from(ctx.formParamMap());
        if (SummaryAnswers.read(answers).isEmpty()) {
            SummaryController.sendBack(ctx, answers);
            return;
        }
        String query = answers.queryString();
        if (query.length() > MAX_ANSWERS_LENGTH) {
            throw new BadRequestResponse("These answers are too long to save.");
        }
        SummaryService.Saved summary = saved.save(query);
        SummaryDocuments.doNotKeep(ctx);
        ctx.redirect(path(summary.code()) + "?saved", HttpStatus.SEE_OTHER);
    }

    public void show(Context ctx) {
        String code = ctx.pathParam("code");
        Opened opened = open(code);
        String path = path(code);
        documents.sendPage(
                ctx,
                "summary/saved.jte",
                Map.of(
                        "msg",
                        documents.messages(),
                        "summary",
                        opened.summary(),
                        "path",
                        path,
                        "address",
                        ctx.scheme() + "://" + ctx.host() + path,
                        "expires",
                        Summary.inWords(opened.expires()),
                        "justSaved",
                        ctx.queryParam("saved") != null));
    }

    public void pdf(Context ctx) {
        documents.sendPdf(ctx, open(ctx.pathParam("code")).summary());
    }

    public void delete(Context ctx) {
        SummaryOriginCheck.requireSameOrigin(ctx);
        if (!saved.delete(ctx.pathParam("code"))) {
            throw new NotFoundResponse(NOT_FOUND);
        }
        documents.sendPage(ctx, "summary/deleted.jte", Map.of("msg", documents.messages()));
    }

    private record Opened(Summary summary, LocalDate expires) {}

    private Opened open(String code) {
        SavedSummary found = saved.open(code).orElseThrow(() -> new NotFoundResponse(NOT_FOUND));
        Optional<SummaryInput> input = SummaryAnswers.read(SummaryAnswers.fromQueryString(found.answers()));
        if (input.isEmpty()) {
            // Saved answers that today's rules no longer accept (say, a renamed option) cannot be shown honestly.
            throw new NotFoundResponse(NOT_FOUND);
        }
        var zone = documents.clock().getZone();
        return new Opened(
                documents.build(input.get(), LocalDate.ofInstant(found.createdAt(), zone)),
                LocalDate.ofInstant(found.expiresAt(), zone));
    }

    private static String path(String code) {
        return "/summaries/" + code;
    }
}
