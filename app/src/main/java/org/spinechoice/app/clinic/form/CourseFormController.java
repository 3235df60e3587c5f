package org.spinechoice.app.clinic.form;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.spinechoice.app.access.AccountService;
import org.spinechoice.app.access.StaffMember;
import org.spinechoice.app.clinic.ClinicPage;
import org.spinechoice.app.clinic.course.CourseChange;
import org.spinechoice.app.clinic.course.CourseReader;
import org.spinechoice.app.clinic.course.CourseService;
import org.spinechoice.app.clinic.course.NewCourse;
import org.spinechoice.app.clinic.course.TreatmentCourse;
import org.spinechoice.app.clinic.patient.Patient;
import org.spinechoice.app.clinic.patient.PatientService;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.record.Outcome;
import org.spinechoice.app.clinic.record.Reading;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.platform.TemplateRenderer;
import org.spinechoice.treatment.CourseStatus;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.SpinalRegion;

/**
 * {@code /clinic/patients/{id}/courses/new} records a treatment course; {@code /clinic/courses/{id}/status} moves it
 * on (planned, active, completed or stopped, with the reason it ended), as {@code CourseChangeRules} allow.
 */
public final class CourseFormController {

    private final CourseService courses;
    private final PatientService patients;
    private final CourseReader reader;
    private final AccountService accounts;
    private final Function<OptionId, String> optionNames;
    private final TemplateRenderer templates;
    private final Messages messages;
    private final Clock clock;

    public CourseFormController(
            CourseService courses,
            PatientService patients,
            CourseReader reader,
            AccountService accounts,
            Function<OptionId, String> optionNames,
            TemplateRenderer templates,
            Messages messages,
            Clock clock) {
        this.courses = courses;
        this.patients = patients;
        this.reader = reader;
        this.accounts = accounts;
        this.optionNames = optionNames;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    public void form(Context ctx, StaffMember staff) {
        FormFields defaults = FormFields.empty()
                .with("startDate", LocalDate.now(clock).toString())
                .with("clinician", staff.userId())
                .with("status", CourseStatus.PLANNED.id());
        renderNew(ctx, staff, HttpStatus.OK, defaults, FieldErrors.none());
    }

    public void create(Context ctx, StaffMember staff) {
        FormFields form = FormFields.of(ctx.formParamMap());
        Reading<NewCourse> reading = reader.read(CourseForm.newCourse(form));
        if (reading instanceof Reading.Invalid<NewCourse> invalid) {
            renderNew(
                    ctx,
                    staff,
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    form,
                    FieldErrors.invalid(invalid.errors(), messages));
            return;
        }
        String patientId = ctx.pathParam("id");
        Outcome<TreatmentCourse> outcome =
                courses.create(new Actor(staff, ctx.ip()), patientId, ((Reading.Valid<NewCourse>) reading).value());
        if (outcome instanceof Outcome.Refused<TreatmentCourse> refused) {
            renderNew(
                    ctx,
                    staff,
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    form,
                    FieldErrors.refused(refused.errors(), messages));
            return;
        }
        FormReplies.saved(ctx, done(outcome).patientId(), "course");
    }

    public void statusForm(Context ctx, StaffMember staff) {
        TreatmentCourse course = course(ctx, staff);
        FormFields defaults = FormFields.empty()
                .with("status", course.status().id())
                .with("endReason", course.endReason().orElse(""));
        renderStatus(ctx, staff, HttpStatus.OK, course, defaults, FieldErrors.none());
    }

    public void changeStatus(Context ctx, StaffMember staff) {
        FormFields form = FormFields.of(ctx.formParamMap());
        Reading<CourseChange> reading = reader.readChange(CourseForm.statusChange(form));
        if (reading instanceof Reading.Invalid<CourseChange> invalid) {
            renderStatus(
                    ctx,
                    staff,
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    course(ctx, staff),
                    form,
                    FieldErrors.invalid(invalid.errors(), messages));
            return;
        }
        Outcome<TreatmentCourse> outcome = courses.change(
                new Actor(staff, ctx.ip()), ctx.pathParam("id"), ((Reading.Valid<CourseChange>) reading).value());
        if (outcome instanceof Outcome.Refused<TreatmentCourse> refused) {
            renderStatus(
                    ctx,
                    staff,
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    course(ctx, staff),
                    form,
                    FieldErrors.refused(refused.errors(), messages));
            return;
        }
        FormReplies.saved(ctx, done(outcome).patientId(), "status");
    }

    private void renderNew(Context ctx, StaffMember staff, HttpStatus status, FormFields form, FieldErrors errors) {
        Patient patient = patients.find(new Actor(staff, ctx.ip()), ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse(PatientService.NOT_FOUND))
                .patient();
        Map<String, Object> model = FormReplies.model(ctx, staff, messages, form, errors);
        model.put("patient", patient);
        model.put("options", Choices.options(optionNames));
        model.put("regions", Choices.of(SpinalRegion.class, messages, "region."));
        model.put("clinicians", Choices.staff(accounts.users(staff.clinicId())));
        model.put(
                "statuses", Choices.of(List.of(CourseStatus.PLANNED, CourseStatus.ACTIVE), messages, "clinic.status."));
        ctx.status(status);
        ClinicPage.send(ctx, templates.render("clinic/course/new.jte", model));
    }

    private void renderStatus(
            Context ctx,
            StaffMember staff,
            HttpStatus status,
            TreatmentCourse course,
            FormFields form,
            FieldErrors errors) {
        Map<String, Object> model = FormReplies.model(ctx, staff, messages, form, errors);
        model.put("course", course);
        model.put("optionName", optionNames.apply(course.option()));
        // The status it has comes first, so a form sent unchanged (to correct the end reason) changes nothing else.
        List<SelectOption> statuses = new ArrayList<>();
        statuses.add(new SelectOption(
                course.status().id(),
                messages.get(
                        "clinic.status.now",
                        messages.get("clinic.status." + course.status().id()))));
        statuses.addAll(Choices.of(course.status().next().stream().sorted().toList(), messages, "clinic.status."));
        model.put("statuses", statuses);
        ctx.status(status);
        ClinicPage.send(ctx, templates.render("clinic/course/status.jte", model));
    }

    private TreatmentCourse course(Context ctx, StaffMember staff) {
        return courses.find(new Actor(staff, ctx.ip()), ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse(CourseService.NOT_FOUND));
    }

    /** The course written; a record the clinic does not have is a 404. */
    private static TreatmentCourse done(Outcome<TreatmentCourse> outcome) {
        if (outcome instanceof Outcome.NotFound<TreatmentCourse> notFound) {
            throw new NotFoundResponse(notFound.detail());
        }
        return ((Outcome.Done<TreatmentCourse>) outcome).value();
    }
}
