package org.spinechoice.app.option;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.Map;
import org.spinechoice.app.platform.Json;
import org.spinechoice.app.platform.PageCache;
import org.spinechoice.app.platform.PageResponder;
import org.spinechoice.evidence.EvidenceBase;
import org.spinechoice.evidence.OptionEvidence;

/** The options JSON API of {@code spec/options.md}: {@code GET /api/options} and {@code GET /api/options/{id}}. */
public final class OptionApiController {

    private final EvidenceBase evidence;
    private final ObjectMapper json;
    private final PageCache cache;
    private final LocalDate today;

    public OptionApiController(EvidenceBase evidence, ObjectMapper json, PageCache cache, LocalDate today) {
        this.evidence = evidence;
        this.json = json;
        this.cache = cache;
        this.today = today;
    }

    public void list(Context ctx) {
        PageResponder.json(
                ctx,
                cache.get(
                        "api:/options",
                        () -> Json.write(
                                json,
                                Map.of(
                                        "options",
                                        evidence.options().stream()
                                                .map(OptionJson::summary)
                                                .toList()))));
    }

    public void detail(Context ctx) {
        OptionEvidence option = evidence.option(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("There is no treatment option with this id."));
        PageResponder.json(
                ctx,
                cache.get(
                        "api:/options/" + option.id().id(), () -> Json.write(json, OptionJson.detail(option, today))));
    }
}
