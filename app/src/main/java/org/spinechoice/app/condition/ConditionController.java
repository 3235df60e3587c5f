package org.spinechoice.app.condition;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Map;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.platform.PageCache;
import org.spinechoice.app.platform.PageResponder;
import org.spinechoice.app.platform.TemplateRenderer;
import org.spinechoice.evidence.ConditionGuide;

/** The condition guide at {@code /stenosis}: what spinal stenosis is, with sources. */
public final class ConditionController {

    private final ConditionGuide guide;
    private final TemplateRenderer templates;
    private final Messages messages;
    private final PageCache cache;
    private final LocalDate today;

    public ConditionController(
            ConditionGuide guide, TemplateRenderer templates, Messages messages, PageCache cache, LocalDate today) {
        this.guide = guide;
        this.templates = templates;
        this.messages = messages;
        this.cache = cache;
        this.today = today;
    }

    public void guide(Context ctx) {
        PageResponder.html(
                ctx,
                cache.get(
                        "page:/stenosis",
                        () -> templates.render(
                                "condition/guide.jte",
                                Map.of("msg", messages, "guide", guide, "reviewOverdue", guide.reviewOverdue(today)))));
    }
}
