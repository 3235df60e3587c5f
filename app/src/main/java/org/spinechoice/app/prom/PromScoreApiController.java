package org.spinechoice.app.prom;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import org.spinechoice.app.platform.Json;
import org.spinechoice.app.platform.Problem;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.PromScore;
import org.spinechoice.prom.PromScoreTree;
import org.spinechoice.prom.PromScoring;
import org.spinechoice.vocabulary.Coded;

/**
 * {@code POST /api/proms/{instrument}/score}: the score of one questionnaire, as {@code spec/proms.md} says. Open to
 * anyone and stateless: it stores nothing, so a score can be worked out without an account or a patient record.
 */
public final class PromScoreApiController {

    private final PromScoreRequest requests;
    private final ObjectMapper json;

    public PromScoreApiController(PromScoreRequest requests, ObjectMapper json) {
        this.requests = requests;
        this.json = json;
    }

    public void score(Context ctx) {
        Instrument instrument = Coded.fromId(Instrument.class, ctx.pathParam("instrument"))
                .orElseThrow(() -> new NotFoundResponse("There is no questionnaire with this id; expected one of "
                        + String.join(", ", Coded.ids(Instrument.class)) + "."));
        PromScoreRequest.Outcome outcome = requests.read(instrument, ctx.body());
        if (outcome instanceof PromScoreRequest.Rejected rejected) {
            problem(ctx, 400, rejected.problem());
            return;
        }
        PromScore score = PromScoring.score(instrument, ((PromScoreRequest.Accepted) outcome).answers());
        if (score instanceof PromScore.Scored scored) {
            ctx.contentType("application/json").result(Json.write(json, PromScoreTree.of(scored)));
        } else {
            problem(ctx, 422, incomplete((PromScore.Incomplete) score));
        }
    }

    /**
     * The 422 document of a questionnaire with too many unanswered items: the problem members, then the instrument's
     * {@code missing} and {@code maxMissing}. Every API that scores answers refuses incomplete ones with it.
     */
    public static Map<String, Object> incomplete(PromScore.Incomplete incomplete) {
        Map<String, Object> document =
                new Problem("about:blank", "Too many unanswered items", 422, incomplete.reason(), List.of()).toJson();
        document.putAll(PromScoreTree.of(incomplete));
        return document;
    }

    private void problem(Context ctx, int status, Map<String, Object> document) {
        ctx.status(status).contentType(Problem.MEDIA_TYPE).result(Json.write(json, document));
    }
}
