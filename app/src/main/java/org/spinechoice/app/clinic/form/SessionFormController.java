package org.spinechoice.app.clinic.form;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.spinechoice.app.access.AccountService;
import org.spinechoice.app.access.StaffMember;
import org.spinechoice.app.clinic.ClinicPage;
import org.spinechoice.app.clinic.course.CourseService;
import org.spinechoice.app.clinic.course.TreatmentCourse;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.record.Outcome;
import org.spinechoice.app.clinic.record.Reading;
import org.spinechoice.app.clinic.session.NewSession;
import org.spinechoice.app.clinic.session.SessionReader;
import org.spinechoice.app.clinic.session.SessionService;
import org.spinechoice.app.clinic.session.TreatmentSession;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.platform.TemplateRenderer;
import org.spinechoice.treatment.ImageGuidance;
import org.spinechoice.treatment.SessionKind;
import org.spinechoice.vocabulary.OptionId;

/**
 * {@code /clinic/courses/{id}/sessions/new} records a session of a course. Without JavaScript the fields cannot change
 * with the kind chosen, so the kind is chosen first (a GET form to the same address, {@code ?kind=injection}) and the
 * second step shows that kind's fields only.
 */
public final class SessionFormController {

    private final SessionService sessions;
    private final CourseService courses;
    private final SessionReader reader;
    private final AccountService accounts;
    private final Function<OptionId, String> optionNames;
    private final TemplateRenderer templates;
    private final Messages messages;
    private final Clock clock;

    public SessionFormController(
            SessionService sessions,
            CourseService courses,
            SessionReader reader,
            AccountService accounts,
            Function<OptionId, String> optionNames,
            TemplateRenderer templates,
            Messages messages,
            Clock clock) {
        this.sessions = sessions;
        this.courses = courses;
        this.reader = reader;
        this.accounts = accounts;
        this.optionNames = optionNames;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    public void form(Context ctx, StaffMember staff) {
        FormFields defaults = FormFields.of(ctx.queryParamMap())
                .with("date", LocalDate.now(clock).toString())
                .with("clinician", staff.userId())
                .with("imageGuidance", ImageGuidance.NONE.id());
        render(ctx, staff, HttpStatus.OK, defaults, FieldErrors.none());
    }

    public void create(Context ctx, StaffMember staff) {
        FormFields form = FormFields.of(ctx.formParamMap());
        Reading<NewSession> reading = reader.read(SessionForm.tree(form));
        if (reading instanceof Reading.Invalid<NewSession> invalid) {
            render(ctx, staff, HttpStatus.UNPROCESSABLE_CONTENT, form, FieldErrors.invalid(invalid.errors(), messages));
            return;
        }
        Outcome<TreatmentSession> outcome = sessions.create(
                new Actor(staff, ctx.ip()), ctx.pathParam("id"), ((Reading.Valid<NewSession>) reading).value());
        if (outcome instanceof Outcome.NotFound<TreatmentSession> notFound) {
            throw new NotFoundResponse(notFound.detail());
        }
        if (outcome instanceof Outcome.Refused<TreatmentSession> refused) {
            render(ctx, staff, HttpStatus.UNPROCESSABLE_CONTENT, form, FieldErrors.refused(refused.errors(), messages));
            return;
        }
        FormReplies.saved(ctx, form, "session");
    }

    private void render(Context ctx, StaffMember staff, HttpStatus status, FormFields form, FieldErrors errors) {
        TreatmentCourse course = course(ctx, staff);
        Optional<SessionKind> kind = SessionForm.kind(form);
        Map<String, Object> model = FormReplies.model(ctx, staff, messages, form, errors);
        model.put("course", course);
        model.put("optionName", optionNames.apply(course.option()));
        model.put("kind", kind.orElse(null));
        model.put("kinds", Choices.of(SessionKind.class, messages, "clinic.kind."));
        model.put("guidances", Choices.of(ImageGuidance.class, messages, "clinic.guidance."));
        model.put("clinicians", Choices.staff(accounts.users(staff.clinicId())));
        ctx.status(status);
        ClinicPage.send(ctx, templates.render("clinic/session/new.jte", model));
    }

    private TreatmentCourse course(Context ctx, StaffMember staff) {
        return courses.find(new Actor(staff, ctx.ip()), ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse(CourseService.NOT_FOUND));
    }
}
