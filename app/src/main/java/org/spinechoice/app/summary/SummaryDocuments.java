package org.spinechoice.app.summary;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.platform.PageResponder;
import org.spinechoice.app.platform.TemplateRenderer;
import org.spinechoice.decision.OptionEvaluator;
import org.spinechoice.evidence.EvidenceBase;

/**
 * Builds a summary and sends it as the printable page or the PDF, for the check, saved links and the API. Every
 * answer is marked not to be stored by browsers or proxies, nor indexed. Thread-safe.
 */
public final class SummaryDocuments {

    static final String PDF_FILE_NAME = "spinechoice-summary.pdf";

    private final EvidenceBase evidence;
    private final OptionEvaluator evaluator;
    private final TemplateRenderer templates;
    private final Messages messages;
    private final SummaryPdfRenderer pdf;
    private final Clock clock;

    public SummaryDocuments(
            EvidenceBase evidence,
            OptionEvaluator evaluator,
            TemplateRenderer templates,
            Messages messages,
            SummaryPdfRenderer pdf,
            Clock clock) {
        this.evidence = evidence;
        this.evaluator = evaluator;
        this.templates = templates;
        this.messages = messages;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The summary made today. */
    Summary build(SummaryInput input) {
        return build(input, LocalDate.now(clock));
    }

    Summary build(SummaryInput input, LocalDate date) {
        return SummaryBuilder.build(input, evidence, evaluator, messages, date);
    }

    Clock clock() {
        return clock;
    }

    Messages messages() {
        return messages;
    }

    EvidenceBase evidence() {
        return evidence;
    }

    OptionEvaluator evaluator() {
        return evaluator;
    }

    /** Renders a template with its parameters and sends it as a page. */
    void sendPage(Context ctx, String template, Map<String, Object> parameters) {
        doNotKeep(ctx);
        PageResponder.html(ctx, templates.render(template, parameters).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the summary as a PDF download. */
    void sendPdf(Context ctx, Summary summary) {
        byte[] document = pdf.render(templates.render("summary/pdf.jte", Map.of("msg", messages, "summary", summary)));
        doNotKeep(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"" + PDF_FILE_NAME + "\"");
        ctx.contentType(SummaryPdfRenderer.MEDIA_TYPE).result(document);
    }

    static void doNotKeep(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Robots-Tag", "noindex");
    }
}
