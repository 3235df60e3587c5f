package org.spinechoice.app.platform;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * Renders the precompiled jte templates (HTML-escaped by default). Templates are compiled at build time, so a
 * broken template fails the build, not a request. Thread-safe.
 */
public final class TemplateRenderer {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code template} (for example {@code option/page.jte}) with its named parameters. */
    public String render(String template, Map<String, Object> parameters) {
        StringOutput output = new StringOutput(16 * 1024);
        engine.render(template, parameters, output);
        return output.toString();
    }
}
