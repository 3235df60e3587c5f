package org.spinechoice.app.clinic.course;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import org.spinechoice.app.access.StaffMember;
import org.spinechoice.app.clinic.patient.PatientService;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.record.JsonReplies;

/** {@code /api/clinic/patients/{id}/courses} and {@code /api/clinic/courses/{id}}: a patient's treatment courses. */
public final class CourseApiController {

    private final CourseService courses;
    private final CourseReader reader;
    private final JsonReplies replies;

    public CourseApiController(CourseService courses, CourseReader reader, JsonReplies replies) {
        this.courses = courses;
        this.reader = reader;
        this.replies = replies;
    }

    public void create(Context ctx, StaffMember staff) {
        replies.body(ctx)
                .flatMap(body -> replies.valid(ctx, "Invalid treatment course", reader.read(body)))
                .flatMap(input ->
                        replies.done(ctx, courses.create(new Actor(staff, ctx.ip()), ctx.pathParam("id"), input)))
                .ifPresent(course -> replies.created(ctx, "/api/clinic/courses/" + course.id(), CourseJson.of(course)));
    }

    public void listOfPatient(Context ctx, StaffMember staff) {
        List<TreatmentCourse> list = courses.ofPatient(new Actor(staff, ctx.ip()), ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse(PatientService.NOT_FOUND));
        replies.ok(ctx, CourseJson.of(list));
    }

    public void read(Context ctx, StaffMember staff) {
        TreatmentCourse course = courses.find(new Actor(staff, ctx.ip()), ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse(CourseService.NOT_FOUND));
        replies.ok(ctx, CourseJson.of(course));
    }

    public void change(Context ctx, StaffMember staff) {
        replies.body(ctx)
                .flatMap(body -> replies.valid(ctx, "Invalid change of treatment course", reader.readChange(body)))
                .flatMap(change ->
                        replies.done(ctx, courses.change(new Actor(staff, ctx.ip()), ctx.pathParam("id"), change)))
                .ifPresent(course -> replies.ok(ctx, CourseJson.of(course)));
    }
}
