package org.spinechoice.app.clinic.outcomepage;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spinechoice.app.access.AccountService;
import org.spinechoice.app.access.StaffMember;
import org.spinechoice.app.clinic.ClinicPage;
import org.spinechoice.app.clinic.form.FieldErrors;
import org.spinechoice.app.clinic.form.FormFields;
import org.spinechoice.app.clinic.outcome.ClaimCheckWords;
import org.spinechoice.app.clinic.outcome.OutcomeQuery;
import org.spinechoice.app.clinic.outcome.OutcomeReport;
import org.spinechoice.app.clinic.outcome.OutcomesService;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.record.Outcome;
import org.spinechoice.app.clinic.record.Reading;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.platform.TemplateRenderer;
import org.spinechoice.evidence.EvidenceBase;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.ResponderRule;
import org.spinechoice.prom.Timepoint;

/**
 * {@code GET /clinic/outcomes}: the clinic's outcome figures for one instrument, filtered by a GET form. A summary: it
 * reads no patient's name, only the figures, in one audited service call per instrument. Bad filters are shown next
 * to their fields (422) with no figures, since figures under filters other than the ones shown would mislead.
 */
public final class OutcomesPageController {

    /** The clinic whose figures come from made-up demonstration records, never from patients. */
    static final String DEMO_CLINIC = "demo";

    private static final DateTimeFormatter AS_OF =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm zzz", Locale.ENGLISH);

    private final OutcomesService outcomes;
    private final AccountService accounts;
    private final OutcomeFilters filters;
    private final ClaimChecks claimChecks;
    private final ForestPlots forestPlots;
    private final SurvivalPlots survivalPlots;
    private final TemplateRenderer templates;
    private final Messages messages;
    private final Clock clock;

    public OutcomesPageController(
            OutcomesService outcomes,
            AccountService accounts,
            EvidenceBase evidence,
            ClaimCheckWords words,
            TemplateRenderer templates,
            Messages messages,
            Clock clock) {
        this.outcomes = outcomes;
        this.accounts = accounts;
        this.filters = new OutcomeFilters(messages);
        this.claimChecks = new ClaimChecks(outcomes, evidence, words, messages);
        this.forestPlots = new ForestPlots(messages);
        this.survivalPlots = new SurvivalPlots(messages);
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    public void page(Context ctx, StaffMember staff) {
        FormFields form = filters.fields(ctx.queryParamMap());
        Map<String, Object> model = ClinicPage.model(ctx, staff, messages);
        model.put("form", OutcomeFilters.withDefaults(form));
        model.put("instruments", filters.instruments());
        model.put("timepoints", filters.timepoints());
        model.put("clinicians", OutcomeFilters.clinicians(accounts.users(staff.clinicId())));
        model.put("regions", filters.regions());
        model.put("demo", DEMO_CLINIC.equals(staff.clinicId()));
        model.put("errors", FieldErrors.none());
        model.put("figures", null);
        Reading<OutcomeQuery> reading = filters.read(form);
        if (reading instanceof Reading.Invalid<OutcomeQuery> invalid) {
            refuse(ctx, model, filters.errors(invalid.errors(), form));
            return;
        }
        OutcomeQuery query = ((Reading.Valid<OutcomeQuery>) reading).value();
        Actor actor = new Actor(staff, ctx.ip());
        Outcome<Map<Timepoint, OutcomeReport>> read =
                outcomes.reports(actor, query.instrument(), OutcomeFilters.FOLLOW_UPS, query.filter());
        if (read instanceof Outcome.Refused<Map<Timepoint, OutcomeReport>> refused) {
            refuse(ctx, model, filters.errors(refused.errors(), form));
            return;
        }
        Map<Timepoint, OutcomeReport> reports = ((Outcome.Done<Map<Timepoint, OutcomeReport>>) read).value();
        model.put("figures", figures(actor, reports, query.timepoint()));
        ClinicPage.send(ctx, templates.render("clinic/outcomes/page.jte", model));
    }

    private void refuse(Context ctx, Map<String, Object> model, FieldErrors errors) {
        model.put("errors", errors);
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        ClinicPage.send(ctx, templates.render("clinic/outcomes/page.jte", model));
    }

    private OutcomeFigures figures(Actor actor, Map<Timepoint, OutcomeReport> reports, Timepoint plotted) {
        List<OutcomeReport> tables = new ArrayList<>();
        OutcomeFilters.FOLLOW_UPS.forEach(timepoint -> tables.add(reports.get(timepoint)));
        OutcomeReport shown = reports.get(plotted);
        ResponderRule rule = shown.rule();
        return new OutcomeFigures(
                tables,
                shown,
                forestPlots.of(shown),
                // Time to response does not depend on the time point: every report carries the same curves.
                survivalPlots.of(shown),
                claimChecks.of(actor, shown),
                messages.get("clinic.chart.rule." + rule.id()),
                rule.markedForChecking(),
                asOf(shown.asOf()),
                shown.instrument() == Instrument.ZCQ ? 2 : 1,
                messages.get(
                        rule.improvement() == ResponderRule.Improvement.FALL
                                ? "outcomesPage.change.fall"
                                : "outcomesPage.change.rise"));
    }

    private String asOf(Instant asOf) {
        return AS_OF.format(asOf.atZone(clock.getZone()));
    }
}
