package org.spinechoice.app.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import org.spinechoice.app.access.AccountService;
import org.spinechoice.app.access.InvalidAccountInput;
import org.spinechoice.app.access.StaffMember;
import org.spinechoice.app.audit.AuditService;
import org.spinechoice.app.clinic.ClinicPage;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.platform.TemplateRenderer;

/**
 * The clinic-admin's pages: the clinic's staff accounts, its API tokens (made, shown once, revoked) and the latest
 * entries of its audit log with the state of its chain.
 */
public final class AdminController {

    /** How many audit entries the page shows, newest first. */
    static final int AUDIT_PAGE = 200;

    private final AccountService accounts;
    private final AuditService audit;
    private final TemplateRenderer templates;
    private final Messages messages;

    public AdminController(AccountService accounts, AuditService audit, TemplateRenderer templates, Messages messages) {
        this.accounts = accounts;
        this.audit = audit;
        this.templates = templates;
        this.messages = messages;
    }

    public void users(Context ctx, StaffMember admin) {
        renderUsers(ctx, admin, HttpStatus.OK, null, "", "clinician", null);
    }

    public void addUser(Context ctx, StaffMember admin) {
        String email = ctx.formParam("email");
        String role = ctx.formParam("role");
        try {
            accounts.createUser(admin.clinicId(), email, role, ctx.formParam("password"));
        } catch (InvalidAccountInput refused) {
            renderUsers(ctx, admin, HttpStatus.UNPROCESSABLE_CONTENT, refused, email, role, null);
            return;
        }
        renderUsers(ctx, admin, HttpStatus.CREATED, null, "", "clinician", messages.get("admin.users.added", email));
    }

    public void tokens(Context ctx, StaffMember admin) {
        renderTokens(ctx, admin, HttpStatus.OK, null, null);
    }

    public void addToken(Context ctx, StaffMember admin) {
        String email = ctx.formParam("email");
        boolean ofThisClinic = accounts.users(admin.clinicId()).stream()
                .anyMatch(user -> user.email().equals(email));
        if (!ofThisClinic) {
            renderTokens(
                    ctx,
                    admin,
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    new InvalidAccountInput("email", messages.get("admin.tokens.unknownUser")),
                    null);
            return;
        }
        String token = accounts.createToken(email, ctx.formParam("label"));
        renderTokens(ctx, admin, HttpStatus.CREATED, null, token);
    }

    public void revokeToken(Context ctx, StaffMember admin) {
        if (!accounts.revokeToken(admin.clinicId(), ctx.pathParam("id"))) {
            throw new NotFoundResponse("There is no live API token with this id in your clinic.");
        }
        ctx.redirect("/clinic/admin/tokens", HttpStatus.SEE_OTHER);
    }

    public void auditLog(Context ctx, StaffMember admin) {
        Map<String, Object> model = ClinicPage.model(ctx, admin, messages);
        model.put("entries", audit.latest(admin.clinicId(), AUDIT_PAGE));
        // Recomputing a long chain takes a while, so it runs when asked for, not on every visit.
        model.put("verification", ctx.queryParam("verify") != null ? audit.verifyClinic(admin.clinicId()) : null);
        ClinicPage.send(ctx, templates.render("admin/audit.jte", model));
    }

    private void renderUsers(
            Context ctx,
            StaffMember admin,
            HttpStatus status,
            InvalidAccountInput error,
            String email,
            String role,
            String notice) {
        Map<String, Object> model = ClinicPage.model(ctx, admin, messages);
        model.put("users", accounts.users(admin.clinicId()));
        model.put("error", error);
        model.put("email", email == null ? "" : email);
        model.put("role", role == null ? "clinician" : role);
        model.put("notice", notice);
        ctx.status(status);
        ClinicPage.send(ctx, templates.render("admin/users.jte", model));
    }

    private void renderTokens(
            Context ctx, StaffMember admin, HttpStatus status, InvalidAccountInput error, String newToken) {
        Map<String, Object> model = ClinicPage.model(ctx, admin, messages);
        model.put("tokens", accounts.tokens(admin.clinicId()));
        model.put("users", accounts.users(admin.clinicId()));
        model.put("error", error);
        model.put("newToken", newToken);
        ctx.status(status);
        ClinicPage.send(ctx, templates.render("admin/tokens.jte", model));
    }
}
