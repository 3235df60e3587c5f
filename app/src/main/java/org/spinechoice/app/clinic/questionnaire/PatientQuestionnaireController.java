package org.spinechoice.app.clinic.questionnaire;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinechoice.app.access.PatientLinkHolder;
import org.spinechoice.app.access.SecuredRoutes;
import org.spinechoice.app.clinic.promresponse.AnsweredQuestionnaire;
import org.spinechoice.app.clinic.promresponse.PromResponse;
import org.spinechoice.app.clinic.promresponse.PromResponseService;
import org.spinechoice.app.clinic.promresponse.ResponseSource;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.record.Outcome;
import org.spinechoice.app.clinic.wording.QuestionnaireWordingService;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.platform.TemplateRenderer;
import org.spinechoice.app.prom.QuestionnaireWording;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.Timepoint;
import org.spinechoice.vocabulary.Coded;

/**
 * The patient's pages behind their personal link ({@code /q/{token}}): the questionnaires due now, one page per
 * questionnaire in the clinic's wording in use, and a thank-you page after sending (post/redirect/get). They show
 * nothing but this patient's due questionnaires: no name, no other record. The link checks, the form token and
 * {@code Cache-Control: no-store} come from {@link SecuredRoutes#patient}.
 */
public final class PatientQuestionnaireController {

    private final DueQuestionnaireService dueQuestionnaires;
    private final QuestionnaireWordingService wordings;
    private final PromResponseService responses;
    private final TemplateRenderer templates;
    private final Messages messages;
    private final Clock clock;
    private final QuestionnaireForm form;
    private final DueWords words;

    public PatientQuestionnaireController(
            DueQuestionnaireService dueQuestionnaires,
            QuestionnaireWordingService wordings,
            PromResponseService responses,
            TemplateRenderer templates,
            Messages messages,
            Clock clock) {
        this.dueQuestionnaires = dueQuestionnaires;
        this.wordings = wordings;
        this.responses = responses;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
        this.form = new QuestionnaireForm(messages);
        this.words = new DueWords(messages);
    }

    public void start(Context ctx, PatientLinkHolder holder) {
        render(ctx, HttpStatus.OK, "questionnaire/start.jte", Map.of("due", dueItems(ctx, holder)));
    }

    public void thanks(Context ctx, PatientLinkHolder holder) {
        render(ctx, HttpStatus.OK, "questionnaire/thanks.jte", Map.of("due", dueItems(ctx, holder)));
    }

    public void questionnaire(Context ctx, PatientLinkHolder holder) {
        Optional<DueQuestionnaire> due = requested(ctx, holder);
        if (due.isEmpty()) {
            closed(ctx);
            return;
        }
        FilledQuestionnaire blank = new FilledQuestionnaire(Map.of(), Map.of(), Map.of(), Optional.empty());
        renderQuestionnaire(ctx, HttpStatus.OK, due.get(), inUse(holder, due.get()), blank);
    }

    public void answer(Context ctx, PatientLinkHolder holder) {
        Optional<DueQuestionnaire> requested = requested(ctx, holder);
        if (requested.isEmpty()) {
            closed(ctx);
            return;
        }
        DueQuestionnaire due = requested.get();
        // The answers belong to the wording the page showed, even if the clinic changed wording since.
        Optional<QuestionnaireWording> shown = Optional.ofNullable(ctx.formParam("version"))
                .flatMap(version -> wordings.ofVersion(holder.clinicId(), due.instrument(), version));
        QuestionnaireWording wording = shown.orElseGet(() -> inUse(holder, due));
        FilledQuestionnaire filled =
                form.read(wording.questionsToAsk(due.afterTreatment()), due.instrument(), ctx::formParam);
        if (shown.isEmpty()) {
            filled = new FilledQuestionnaire(
                    filled.given(),
                    filled.answers(),
                    filled.errors(),
                    Optional.of(messages.get("qlink.error.changed")));
        }
        if (filled.hasErrors()) {
            renderQuestionnaire(ctx, HttpStatus.UNPROCESSABLE_CONTENT, due, wording, filled);
            return;
        }
        AnsweredQuestionnaire answered = new AnsweredQuestionnaire(
                due.instrument(),
                today(),
                filled.answers(),
                Optional.of(due.timepoint()),
                Optional.of(due.courseId()),
                Optional.of(wording.version()));
        Outcome<PromResponse> outcome =
                responses.record(actor(ctx, holder), holder.patientId(), answered, ResponseSource.PATIENT_LINK);
        if (outcome instanceof Outcome.NotFound<PromResponse> notFound) {
            throw new NotFoundResponse(notFound.detail());
        }
        if (outcome instanceof Outcome.Refused<PromResponse> refused) {
            // Everything the service checks was checked above; a refusal here is a fault, not the patient's.
            throw new IllegalStateException("a checked questionnaire was refused: " + refused.detail());
        }
        // Post/redirect/get: reloading the thank-you page does not send the answers again.
        ctx.redirect(listPath(ctx) + "/thanks", HttpStatus.SEE_OTHER);
    }

    private Optional<DueQuestionnaire> requested(Context ctx, PatientLinkHolder holder) {
        Optional<Timepoint> timepoint = Coded.fromId(Timepoint.class, ctx.pathParam("timepoint"));
        Optional<Instrument> instrument = Coded.fromId(Instrument.class, ctx.pathParam("instrument"));
        if (timepoint.isEmpty() || instrument.isEmpty()) {
            return Optional.empty();
        }
        return dueQuestionnaires.find(
                actor(ctx, holder), ctx.pathParam("course"), timepoint.get(), instrument.get(), today());
    }

    private List<DueItem> dueItems(Context ctx, PatientLinkHolder holder) {
        return dueQuestionnaires.list(actor(ctx, holder), today()).stream()
                .map(due -> {
                    QuestionnaireWording wording = inUse(holder, due);
                    return new DueItem(
                            listPath(ctx) + "/" + due.courseId() + "/"
                                    + due.timepoint().id() + "/"
                                    + due.instrument().id(),
                            wording.title(),
                            words.when(due),
                            words.length(
                                    wording.questionsToAsk(due.afterTreatment()).size()),
                            words.answerBy(due.answerBy()));
                })
                .toList();
    }

    private QuestionnaireWording inUse(PatientLinkHolder holder, DueQuestionnaire due) {
        return wordings.inUse(holder.clinicId(), due.instrument())
                .orElseThrow(() -> new IllegalStateException(
                        "no wording of " + due.instrument().id()));
    }

    private void renderQuestionnaire(
            Context ctx,
            HttpStatus status,
            DueQuestionnaire due,
            QuestionnaireWording wording,
            FilledQuestionnaire filled) {
        Map<String, Object> model = new HashMap<>();
        model.put("wording", wording);
        model.put("questions", wording.questionsToAsk(due.afterTreatment()));
        model.put("when", words.when(due));
        model.put("back", listPath(ctx));
        model.put("filled", filled);
        render(ctx, status, "questionnaire/form.jte", model);
    }

    private void closed(Context ctx) {
        render(ctx, HttpStatus.NOT_FOUND, "questionnaire/closed.jte", Map.of("back", listPath(ctx)));
    }

    private void render(Context ctx, HttpStatus status, String template, Map<String, Object> parameters) {
        Map<String, Object> model = new HashMap<>(parameters);
        model.put("msg", messages);
        model.put("csrf", SecuredRoutes.csrfToken(ctx));
        ctx.status(status).contentType("text/html; charset=utf-8").result(templates.render(template, model));
    }

    private static String listPath(Context ctx) {
        return "/q/" + ctx.pathParam("token");
    }

    private static Actor actor(Context ctx, PatientLinkHolder holder) {
        return new Actor(holder, ctx.ip());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
