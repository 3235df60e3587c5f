package org.spinechoice.app.summary;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import org.spinechoice.app.check.CheckAnswers;
import org.spinechoice.app.check.CheckPage;
import org.spinechoice.app.check.CheckStep;

/**
 * The last step of the symptom check, {@code /check/summary}, and its PDF, {@code /check/summary.pdf}: both read
 * the answers from the address, like every step, and keep nothing. Answers that cannot make a summary (not yet
 * complete, changed by hand, or an emergency) go back to the SURE step, whose own checks send the person on to the
 * first step that needs them.
 */
public final class SummaryController {

    private final SummaryDocuments documents;
    private final int keepDays;

    public SummaryController(SummaryDocuments documents, SummaryService saved) {
        this.documents = documents;
        this.keepDays = saved.keepDays();
    }

    public void page(Context ctx) {
        CheckAnswers answers = CheckAnswers.from(ctx.queryParamMap());
        Optional<SummaryInput> input = SummaryAnswers.read(answers);
        if (input.isEmpty()) {
            sendBack(ctx, answers);
            return;
        }
        CheckPage page = new CheckPage(
                CheckStep.SUMMARY,
                answers,
                Map.of(),
                documents.messages(),
                documents.evidence(),
                documents.evaluator());
        String query = answers.queryString();
        documents.sendPage(
                ctx,
                "check/summary.jte",
                Map.of(
                        "page",
                        page,
                        "summary",
                        documents.build(input.get()),
                        "pdfLink",
                        "/check/summary.pdf" + (query.isEmpty() ? "" : "?" + query),
                        "keepDays",
                        keepDays));
    }

    public void pdf(Context ctx) {
        CheckAnswers answers = CheckAnswers.from(ctx.queryParamMap());
        Optional<SummaryInput> input = SummaryAnswers.read(answers);
        if (input.isEmpty()) {
            sendBack(ctx, answers);
            return;
        }
        documents.sendPdf(ctx, documents.build(input.get()));
    }

    static void sendBack(Context ctx, CheckAnswers answers) {
        SummaryDocuments.doNotKeep(ctx);
        ctx.redirect(answers.link(CheckStep.SURE), HttpStatus.SEE_OTHER);
    }
}
