package org.spinechoice.app.home;

import io.javalin.http.Context;
import java.util.Map;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.platform.PageCache;
import org.spinechoice.app.platform.PageResponder;
import org.spinechoice.app.platform.TemplateRenderer;

/** The start page: what SpineChoice is and where to begin. */
public final class HomeController {

    private final TemplateRenderer templates;
    private final Messages messages;
    private final PageCache cache;

    public HomeController(TemplateRenderer templates, Messages messages, PageCache cache) {
        this.templates = templates;
        this.messages = messages;
        this.cache = cache;
    }

    public void home(Context ctx) {
        PageResponder.html(ctx, cache.get("page:/", () -> templates.render("home.jte", Map.of("msg", messages))));
    }
}
