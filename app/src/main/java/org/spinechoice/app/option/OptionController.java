package org.spinechoice.app.option;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.Map;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.platform.PageCache;
import org.spinechoice.app.platform.PageResponder;
import org.spinechoice.app.platform.TemplateRenderer;
import org.spinechoice.evidence.EvidenceBase;
import org.spinechoice.evidence.OptionEvidence;

/** The public option pages: {@code /options} (all options by kind) and {@code /options/{id}} (one option). */
public final class OptionController {

    private final EvidenceBase evidence;
    private final TemplateRenderer templates;
    private final Messages messages;
    private final PageCache cache;
    private final LocalDate today;

    public OptionController(
            EvidenceBase evidence, TemplateRenderer templates, Messages messages, PageCache cache, LocalDate today) {
        this.evidence = evidence;
        this.templates = templates;
        this.messages = messages;
        this.cache = cache;
        this.today = today;
    }

    public void list(Context ctx) {
        PageResponder.html(
                ctx,
                cache.get(
                        "page:/options",
                        () -> templates.render(
                                "option/list.jte",
                                Map.of("msg", messages, "groups", OptionGroups.byCategory(evidence.options())))));
    }

    public void page(Context ctx) {
        OptionEvidence option = evidence.option(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("There is no treatment option with this id."));
        PageResponder.html(
                ctx,
                cache.get(
                        "page:/options/" + option.id().id(),
                        () -> templates.render(
                                "option/page.jte",
                                Map.of(
                                        "msg",
                                        messages,
                                        "view",
                                        new OptionView(option, option.reviewOverdue(today), messages)))));
    }
}
