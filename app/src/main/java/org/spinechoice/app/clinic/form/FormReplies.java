package org.spinechoice.app.clinic.form;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.spinechoice.app.access.StaffMember;
import org.spinechoice.app.clinic.ClinicPage;
import org.spinechoice.app.platform.Messages;

/**
 * What every form page shares: its model (the workspace frame, the fields as sent and their errors) and the answer
 * to a successful submission, a redirect to the patient's page (post/redirect/get), which then says what was saved.
 */
final class FormReplies {

    /** Record ids are UUIDs. */
    private static final Pattern RECORD_ID = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

    private FormReplies() {}

    static Map<String, Object> model(
            Context ctx, StaffMember staff, Messages messages, FormFields form, FieldErrors errors) {
        Map<String, Object> model = ClinicPage.model(ctx, staff, messages);
        model.put("form", form);
        model.put("errors", errors);
        return model;
    }

    /** 303 to the patient's page; {@code saved} names what was saved, for the notice there. */
    static void saved(Context ctx, String patientId, String saved) {
        ctx.redirect("/clinic/patients/" + patientId + "?saved=" + saved, HttpStatus.SEE_OTHER);
    }

    /**
     * 303 to the page of the patient the form names in its hidden {@code patientId} field: a form about a course
     * carries it so that saving needs no second read (and audit entry) to find where to go. The field only chooses
     * where to go next, and that page checks access again; one that is not a record id leads to the patient list.
     */
    static void saved(Context ctx, FormFields form, String saved) {
        Optional<String> patientId =
                form.value("patientId").filter(id -> RECORD_ID.matcher(id).matches());
        if (patientId.isPresent()) {
            saved(ctx, patientId.get(), saved);
        } else {
            ctx.redirect("/clinic/patients", HttpStatus.SEE_OTHER);
        }
    }
}
