package org.spinechoice.app.clinic;

import io.javalin.http.Context;
import java.util.Map;
import org.spinechoice.app.access.AccountService;
import org.spinechoice.app.access.StaffMember;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.platform.TemplateRenderer;

/** The clinic workspace's start page, for a signed-in member of staff. */
public final class ClinicHomeController {

    private final AccountService accounts;
    private final TemplateRenderer templates;
    private final Messages messages;

    public ClinicHomeController(AccountService accounts, TemplateRenderer templates, Messages messages) {
        this.accounts = accounts;
        this.templates = templates;
        this.messages = messages;
    }

    public void home(Context ctx, StaffMember staff) {
        Map<String, Object> model = ClinicPage.model(ctx, staff, messages);
        model.put("clinicName", accounts.clinicName(staff.clinicId()).orElse(staff.clinicId()));
        ClinicPage.send(ctx, templates.render("clinic/home.jte", model));
    }
}
