package org.spinechoice.app.decision;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.spinechoice.app.platform.Json;
import org.spinechoice.app.platform.Problem;
import org.spinechoice.app.triage.IntakeRequest;
import org.spinechoice.decision.OptionEvaluator;

/** {@code POST /api/options/evaluate}: triage and every option marked for one intake. Stateless; stores nothing. */
public final class EvaluationApiController {

    private final IntakeRequest intakes;
    private final OptionEvaluator evaluator;
    private final ObjectMapper json;

    public EvaluationApiController(IntakeRequest intakes, OptionEvaluator evaluator, ObjectMapper json) {
        this.intakes = intakes;
        this.evaluator = evaluator;
        this.json = json;
    }

    public void evaluate(Context ctx) {
        IntakeRequest.Outcome outcome = intakes.read(ctx.body());
        if (outcome instanceof IntakeRequest.Accepted accepted) {
            ctx.contentType("application/json")
                    .result(Json.write(json, EvaluationJson.of(evaluator.evaluate(accepted.intake()))));
        } else {
            ctx.status(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .result(Json.write(json, ((IntakeRequest.Rejected) outcome).problem()));
        }
    }
}
