package org.spinechoice.app.clinic.outcome;

import io.javalin.http.Context;
import java.util.Optional;
import org.spinechoice.app.access.StaffMember;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.record.JsonReplies;

/** {@code GET /api/clinic/outcomes}: the clinic's outcome figures for one instrument and time point. */
public final class OutcomesApiController {

    private final OutcomesService outcomes;
    private final OutcomeQueryReader reader;
    private final OutcomeJson json;
    private final JsonReplies replies;

    public OutcomesApiController(
            OutcomesService outcomes, OutcomeQueryReader reader, ClaimCheckWords words, JsonReplies replies) {
        this.outcomes = outcomes;
        this.reader = reader;
        this.json = new OutcomeJson(words);
        this.replies = replies;
    }

    public void get(Context ctx, StaffMember staff) {
        replies.valid(
                        ctx,
                        "Invalid outcomes query",
                        reader.read(ctx.queryParamMap(), Optional.empty(), Optional.empty()))
                .flatMap(query -> replies.done(ctx, outcomes.report(new Actor(staff, ctx.ip()), query)))
                .ifPresent(report -> replies.ok(ctx, json.of(report)));
    }
}
