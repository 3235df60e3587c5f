package org.spinechoice.app.triage;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.spinechoice.app.platform.Json;
import org.spinechoice.app.platform.Problem;
import org.spinechoice.triage.Triage;

/** {@code POST /api/triage}: how soon to get help and why, for an intake. Stateless; stores nothing. */
public final class TriageApiController {

    private final IntakeRequest intakes;
    private final ObjectMapper json;

    public TriageApiController(IntakeRequest intakes, ObjectMapper json) {
        this.intakes = intakes;
        this.json = json;
    }

    public void triage(Context ctx) {
        IntakeRequest.Outcome outcome = intakes.read(ctx.body());
        if (outcome instanceof IntakeRequest.Accepted accepted) {
            ctx.contentType("application/json")
                    .result(Json.write(
                            json, TriageJson.of(Triage.assess(accepted.intake().triageInput()))));
        } else {
            ctx.status(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .result(Json.write(json, ((IntakeRequest.Rejected) outcome).problem()));
        }
    }
}
