package org.spinechoice.app.clinic.patient;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.spinechoice.app.access.StaffMember;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.record.JsonReplies;

/** {@code /api/clinic/patients}: add, list and read the clinic's patients. */
public final class PatientApiController {

    private final PatientService patients;
    private final PatientReader reader;
    private final JsonReplies replies;

    public PatientApiController(PatientService patients, PatientReader reader, JsonReplies replies) {
        this.patients = patients;
        this.reader = reader;
        this.replies = replies;
    }

    public void create(Context ctx, StaffMember staff) {
        replies.body(ctx)
                .flatMap(body -> replies.valid(ctx, "Invalid patient", reader.read(body)))
                .map(input -> patients.create(new Actor(staff, ctx.ip()), input))
                .ifPresent(patient ->
                        replies.created(ctx, "/api/clinic/patients/" + patient.id(), PatientJson.of(patient)));
    }

    public void list(Context ctx, StaffMember staff) {
        replies.valid(ctx, "Invalid patient search", PatientQuery.read(ctx.queryParamMap()))
                .map(query -> patients.list(new Actor(staff, ctx.ip()), query))
                .ifPresent(list -> replies.ok(ctx, PatientJson.of(list)));
    }

    public void read(Context ctx, StaffMember staff) {
        PatientRecord record = patients.find(new Actor(staff, ctx.ip()), ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse(PatientService.NOT_FOUND));
        replies.ok(ctx, PatientJson.of(record));
    }
}
