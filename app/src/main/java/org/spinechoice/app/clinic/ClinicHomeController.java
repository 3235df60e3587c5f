package org.spinechoice.app.clinic;

import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Function;
import org.spinechoice.app.access.AccountService;
import org.spinechoice.app.access.StaffMember;
import org.spinechoice.app.clinic.promresponse.DueListService;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.platform.TemplateRenderer;
import org.spinechoice.vocabulary.OptionId;

/**
 * The clinic workspace's start page, for a signed-in member of staff: the questionnaires due and overdue across the
 * clinic's planned and active courses, most pressing first, each linked to its patient.
 */
public final class ClinicHomeController {

    /** At most this many rows are shown; the page says how many there are in all. */
    static final int SHOWN = 100;

    private final AccountService accounts;
    private final DueListService dueList;
    private final Function<OptionId, String> optionNames;
    private final TemplateRenderer templates;
    private final Messages messages;

    public ClinicHomeController(
            AccountService accounts,
            DueListService dueList,
            Function<OptionId, String> optionNames,
            TemplateRenderer templates,
            Messages messages) {
        this.accounts = accounts;
        this.dueList = dueList;
        this.optionNames = optionNames;
        this.templates = templates;
        this.messages = messages;
    }

    public void home(Context ctx, StaffMember staff) {
        Map<String, Object> model = ClinicPage.model(ctx, staff, messages);
        model.put("clinicName", accounts.clinicName(staff.clinicId()).orElse(staff.clinicId()));
        model.put("due", dueList.due(new Actor(staff, ctx.ip()), SHOWN));
        model.put("optionNames", optionNames);
        ClinicPage.send(ctx, templates.render("clinic/home.jte", model));
    }
}
