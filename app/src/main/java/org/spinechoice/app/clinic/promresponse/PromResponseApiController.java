package org.spinechoice.app.clinic.promresponse;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Optional;
import org.spinechoice.app.access.StaffMember;
import org.spinechoice.app.clinic.patient.PatientService;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.record.JsonReplies;
import org.spinechoice.app.prom.PromScoreApiController;
import org.spinechoice.prom.PromScore;

/** {@code /api/clinic/patients/{id}/prom-responses}: a patient's questionnaire responses, scored and placed. */
public final class PromResponseApiController {

    private final PromResponseService responses;
    private final PromResponseReader reader;
    private final JsonReplies replies;

    public PromResponseApiController(PromResponseService responses, PromResponseReader reader, JsonReplies replies) {
        this.responses = responses;
        this.reader = reader;
        this.replies = replies;
    }

    public void create(Context ctx, StaffMember staff) {
        Optional<AnsweredQuestionnaire> answered = replies.body(ctx)
                .flatMap(body -> replies.valid(ctx, "Invalid questionnaire response", reader.read(body)));
        if (answered.isEmpty()) {
            return;
        }
        if (answered.get().score() instanceof PromScore.Incomplete incomplete) {
            replies.problem(ctx, PromScoreApiController.incomplete(incomplete));
            return;
        }
        Actor actor = new Actor(staff, ctx.ip());
        replies.done(ctx, responses.record(actor, ctx.pathParam("id"), answered.get(), ResponseSource.API))
                .ifPresent(response -> replies.created(ctx, PromResponseJson.of(response)));
    }

    public void list(Context ctx, StaffMember staff) {
        replies.valid(ctx, "Invalid questionnaire filter", reader.readFilter(ctx.queryParamMap()))
                .ifPresent(instrument -> replies.ok(
                        ctx,
                        PromResponseJson.of(responses
                                .ofPatient(new Actor(staff, ctx.ip()), ctx.pathParam("id"), instrument)
                                .orElseThrow(() -> new NotFoundResponse(PatientService.NOT_FOUND)))));
    }
}
