package org.spinechoice.app.clinic.form;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import org.spinechoice.app.access.StaffMember;
import org.spinechoice.app.clinic.ClinicPage;
import org.spinechoice.app.clinic.adverseevent.AdverseEvent;
import org.spinechoice.app.clinic.adverseevent.AdverseEventReader;
import org.spinechoice.app.clinic.adverseevent.AdverseEventService;
import org.spinechoice.app.clinic.adverseevent.NewAdverseEvent;
import org.spinechoice.app.clinic.course.CourseService;
import org.spinechoice.app.clinic.course.TreatmentCourse;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.record.Outcome;
import org.spinechoice.app.clinic.record.Reading;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.platform.TemplateRenderer;
import org.spinechoice.treatment.AdverseEventSeverity;
import org.spinechoice.vocabulary.OptionId;

/** {@code /clinic/courses/{id}/adverse-events/new}: records an adverse event of a course. */
public final class AdverseEventFormController {

    private final AdverseEventService events;
    private final CourseService courses;
    private final AdverseEventReader reader;
    private final Function<OptionId, String> optionNames;
    private final TemplateRenderer templates;
    private final Messages messages;
    private final Clock clock;

    public AdverseEventFormController(
            AdverseEventService events,
            CourseService courses,
            AdverseEventReader reader,
            Function<OptionId, String> optionNames,
            TemplateRenderer templates,
            Messages messages,
            Clock clock) {
        this.events = events;
        this.courses = courses;
        this.reader = reader;
        this.optionNames = optionNames;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    public void form(Context ctx, StaffMember staff) {
        FormFields defaults =
                FormFields.empty().with("date", LocalDate.now(clock).toString());
        render(ctx, staff, HttpStatus.OK, defaults, FieldErrors.none());
    }

    public void create(Context ctx, StaffMember staff) {
        FormFields form = FormFields.of(ctx.formParamMap());
        Reading<NewAdverseEvent> reading = reader.read(AdverseEventForm.tree(form));
        if (reading instanceof Reading.Invalid<NewAdverseEvent> invalid) {
            render(ctx, staff, HttpStatus.UNPROCESSABLE_CONTENT, form, FieldErrors.invalid(invalid.errors(), messages));
            return;
        }
        Outcome<AdverseEvent> outcome = events.create(
                new Actor(staff, ctx.ip()), ctx.pathParam("id"), ((Reading.Valid<NewAdverseEvent>) reading).value());
        if (outcome instanceof Outcome.NotFound<AdverseEvent> notFound) {
            throw new NotFoundResponse(notFound.detail());
        }
        if (outcome instanceof Outcome.Refused<AdverseEvent> refused) {
            render(ctx, staff, HttpStatus.UNPROCESSABLE_CONTENT, form, FieldErrors.refused(refused.errors(), messages));
            return;
        }
        FormReplies.saved(ctx, form, "adverse-event");
    }

    private void render(Context ctx, StaffMember staff, HttpStatus status, FormFields form, FieldErrors errors) {
        TreatmentCourse course = courses.find(new Actor(staff, ctx.ip()), ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse(CourseService.NOT_FOUND));
        Map<String, Object> model = FormReplies.model(ctx, staff, messages, form, errors);
        model.put("course", course);
        model.put("optionName", optionNames.apply(course.option()));
        model.put("severities", Choices.of(AdverseEventSeverity.class, messages, "clinic.severity."));
        ctx.status(status);
        ClinicPage.send(ctx, templates.render("clinic/adverseevent/new.jte", model));
    }
}
