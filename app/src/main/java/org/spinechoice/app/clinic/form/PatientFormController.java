package org.spinechoice.app.clinic.form;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.spinechoice.app.access.StaffMember;
import org.spinechoice.app.clinic.ClinicPage;
import org.spinechoice.app.clinic.patient.NewPatient;
import org.spinechoice.app.clinic.patient.Patient;
import org.spinechoice.app.clinic.patient.PatientReader;
import org.spinechoice.app.clinic.patient.PatientService;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.record.Reading;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.platform.TemplateRenderer;
import org.spinechoice.vocabulary.Sex;

/** {@code /clinic/patients/new}: the form that adds a patient, and its submission. */
public final class PatientFormController {

    private final PatientService patients;
    private final PatientReader reader;
    private final TemplateRenderer templates;
    private final Messages messages;

    public PatientFormController(
            PatientService patients, PatientReader reader, TemplateRenderer templates, Messages messages) {
        this.patients = patients;
        this.reader = reader;
        this.templates = templates;
        this.messages = messages;
    }

    public void form(Context ctx, StaffMember staff) {
        render(ctx, staff, HttpStatus.OK, FormFields.empty(), FieldErrors.none());
    }

    public void create(Context ctx, StaffMember staff) {
        FormFields form = FormFields.of(ctx.formParamMap());
        Reading<NewPatient> reading = reader.read(PatientForm.tree(form));
        if (reading instanceof Reading.Invalid<NewPatient> invalid) {
            render(ctx, staff, HttpStatus.UNPROCESSABLE_CONTENT, form, FieldErrors.invalid(invalid.errors(), messages));
            return;
        }
        Patient patient = patients.create(new Actor(staff, ctx.ip()), ((Reading.Valid<NewPatient>) reading).value());
        FormReplies.saved(ctx, patient.id(), "patient");
    }

    private void render(Context ctx, StaffMember staff, HttpStatus status, FormFields form, FieldErrors errors) {
        Map<String, Object> model = FormReplies.model(ctx, staff, messages, form, errors);
        model.put("sexes", Choices.of(Sex.class, messages, "clinic.sex."));
        ctx.status(status);
        ClinicPage.send(ctx, templates.render("clinic/patient/new.jte", model));
    }
}
