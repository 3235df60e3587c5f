package org.spinechoice.app.clinic.session;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import org.spinechoice.app.access.StaffMember;
import org.spinechoice.app.clinic.course.CourseService;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.record.JsonReplies;

/** {@code /api/clinic/courses/{id}/sessions}: the sessions of a treatment course. */
public final class SessionApiController {

    private final SessionService sessions;
    private final SessionReader reader;
    private final JsonReplies replies;

    public SessionApiController(SessionService sessions, SessionReader reader, JsonReplies replies) {
        this.sessions = sessions;
        this.reader = reader;
        this.replies = replies;
    }

    public void create(Context ctx, StaffMember staff) {
        replies.body(ctx)
                .flatMap(body -> replies.valid(ctx, "Invalid treatment session", reader.read(body)))
                .flatMap(input ->
                        replies.done(ctx, sessions.create(new Actor(staff, ctx.ip()), ctx.pathParam("id"), input)))
                .ifPresent(session -> replies.created(ctx, SessionJson.of(session)));
    }

    public void list(Context ctx, StaffMember staff) {
        List<TreatmentSession> list = sessions.ofCourse(new Actor(staff, ctx.ip()), ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse(CourseService.NOT_FOUND));
        replies.ok(ctx, SessionJson.of(list));
    }
}
