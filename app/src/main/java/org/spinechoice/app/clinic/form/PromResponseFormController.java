package org.spinechoice.app.clinic.form;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.spinechoice.app.access.StaffMember;
import org.spinechoice.app.clinic.ClinicPage;
import org.spinechoice.app.clinic.patient.CourseSummary;
import org.spinechoice.app.clinic.patient.PatientRecord;
import org.spinechoice.app.clinic.patient.PatientService;
import org.spinechoice.app.clinic.promresponse.AnsweredQuestionnaire;
import org.spinechoice.app.clinic.promresponse.PromResponse;
import org.spinechoice.app.clinic.promresponse.PromResponseReader;
import org.spinechoice.app.clinic.promresponse.PromResponseService;
import org.spinechoice.app.clinic.promresponse.ResponseSource;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.record.Outcome;
import org.spinechoice.app.clinic.record.Reading;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.platform.Problem;
import org.spinechoice.app.platform.TemplateRenderer;
import org.spinechoice.app.prom.QuestionnaireWording;
import org.spinechoice.app.prom.SpineChoiceWording;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.PromScore;
import org.spinechoice.prom.Timepoint;
import org.spinechoice.vocabulary.OptionId;

/**
 * {@code /clinic/patients/{id}/responses/new}: a questionnaire filled in at the clinic, with or for the patient. The
 * instrument is chosen first (a GET form to the same address); the second step asks its questions in our wording
 * (the mJOA with clinician labels), with the day it was taken and, if known, its time point and course.
 */
public final class PromResponseFormController {

    private final PromResponseService responses;
    private final PatientService patients;
    private final PromResponseReader reader;
    private final SpineChoiceWording wording;
    private final Function<OptionId, String> optionNames;
    private final TemplateRenderer templates;
    private final Messages messages;
    private final Clock clock;

    public PromResponseFormController(
            PromResponseService responses,
            PatientService patients,
            PromResponseReader reader,
            SpineChoiceWording wording,
            Function<OptionId, String> optionNames,
            TemplateRenderer templates,
            Messages messages,
            Clock clock) {
        this.responses = responses;
        this.patients = patients;
        this.reader = reader;
        this.wording = wording;
        this.optionNames = optionNames;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    public void form(Context ctx, StaffMember staff) {
        FormFields defaults = FormFields.of(ctx.queryParamMap())
                .with("takenOn", LocalDate.now(clock).toString());
        render(ctx, staff, HttpStatus.OK, defaults, FieldErrors.none());
    }

    public void create(Context ctx, StaffMember staff) {
        FormFields form = FormFields.of(ctx.formParamMap());
        Reading<AnsweredQuestionnaire> reading = reader.read(PromResponseForm.tree(form));
        if (reading instanceof Reading.Invalid<AnsweredQuestionnaire> invalid) {
            render(ctx, staff, HttpStatus.UNPROCESSABLE_CONTENT, form, FieldErrors.invalid(invalid.errors(), messages));
            return;
        }
        AnsweredQuestionnaire answered = ((Reading.Valid<AnsweredQuestionnaire>) reading).value();
        if (answered.score() instanceof PromScore.Incomplete incomplete) {
            render(ctx, staff, HttpStatus.UNPROCESSABLE_CONTENT, form, incompleteErrors(incomplete));
            return;
        }
        String patientId = ctx.pathParam("id");
        Outcome<PromResponse> outcome =
                responses.record(new Actor(staff, ctx.ip()), patientId, answered, ResponseSource.CLINIC);
        if (outcome instanceof Outcome.NotFound<PromResponse> notFound) {
            throw new NotFoundResponse(notFound.detail());
        }
        if (outcome instanceof Outcome.Refused<PromResponse> refused) {
            render(ctx, staff, HttpStatus.UNPROCESSABLE_CONTENT, form, FieldErrors.refused(refused.errors(), messages));
            return;
        }
        FormReplies.saved(ctx, patientId, "response");
    }

    /** Says that too many questions are blank to score, at the first blank one, and marks the others. */
    private FieldErrors incompleteErrors(PromScore.Incomplete incomplete) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String item : incomplete.missing()) {
            String message = errors.isEmpty()
                    ? messages.get("clinic.error.incomplete", incomplete.reason())
                    : messages.get("clinic.error.blank");
            errors.add(new Problem.FieldError(item, message));
        }
        return FieldErrors.refused(errors, messages);
    }

    private void render(Context ctx, StaffMember staff, HttpStatus status, FormFields form, FieldErrors errors) {
        PatientRecord record = patients.find(new Actor(staff, ctx.ip()), ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse(PatientService.NOT_FOUND));
        Optional<Instrument> instrument = PromResponseForm.instrument(form);
        Map<String, Object> model = FormReplies.model(ctx, staff, messages, form, errors);
        model.put("patient", record.patient());
        model.put("instrument", instrument.orElse(null));
        model.put("instruments", instruments());
        model.put("wording", instrument.map(this::wording).orElse(null));
        model.put(
                "questions",
                instrument
                        .map(this::wording)
                        .map(found -> QuestionField.of(found, messages))
                        .orElse(List.of()));
        model.put("timepoints", Choices.of(Timepoint.class, messages, "clinic.timepoint."));
        model.put("courses", record.courses().stream().map(this::courseChoice).toList());
        ctx.status(status);
        ClinicPage.send(ctx, templates.render("clinic/response/new.jte", model));
    }

    private QuestionnaireWording wording(Instrument instrument) {
        return instrument == Instrument.MJOA
                ? ClinicianWording.mjoa(messages)
                : wording.of(instrument).orElseThrow();
    }

    private static List<SelectOption> instruments() {
        return Arrays.stream(Instrument.values())
                .map(instrument -> new SelectOption(instrument.id(), instrument.title()))
                .toList();
    }

    private SelectOption courseChoice(CourseSummary course) {
        return new SelectOption(
                course.id(),
                messages.get(
                        "clinic.course.heading",
                        optionNames.apply(course.option()),
                        messages.get("region." + course.region().id()),
                        course.startDate()));
    }
}
