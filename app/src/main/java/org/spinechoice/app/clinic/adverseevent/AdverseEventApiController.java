package org.spinechoice.app.clinic.adverseevent;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import org.spinechoice.app.access.StaffMember;
import org.spinechoice.app.clinic.course.CourseService;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.record.JsonReplies;

/** {@code /api/clinic/courses/{id}/adverse-events}: the adverse events of a treatment course. */
public final class AdverseEventApiController {

    private final AdverseEventService events;
    private final AdverseEventReader reader;
    private final JsonReplies replies;

    public AdverseEventApiController(AdverseEventService events, AdverseEventReader reader, JsonReplies replies) {
        this.events = events;
        this.reader = reader;
        this.replies = replies;
    }

    public void create(Context ctx, StaffMember staff) {
        replies.body(ctx)
                .flatMap(body -> replies.valid(ctx, "Invalid adverse event", reader.read(body)))
                .flatMap(input ->
                        replies.done(ctx, events.create(new Actor(staff, ctx.ip()), ctx.pathParam("id"), input)))
                .ifPresent(event -> replies.created(ctx, AdverseEventJson.of(event)));
    }

    public void list(Context ctx, StaffMember staff) {
        List<AdverseEvent> list = events.ofCourse(new Actor(staff, ctx.ip()), ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse(CourseService.NOT_FOUND));
        replies.ok(ctx, AdverseEventJson.of(list));
    }
}
