package org.spinechoice.app.check;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.platform.PageResponder;
import org.spinechoice.app.platform.TemplateRenderer;
import org.spinechoice.decision.OptionEvaluator;
import org.spinechoice.evidence.EvidenceBase;
import org.spinechoice.triage.Urgency;

/**
 * The symptom check and decision aid, one page per step at {@code /check/{step}}. Forms use GET and carry every
 * answer, so back, forward and reload work and the server keeps nothing. A step's answers are checked before the
 * next step; an emergency stops the flow at the result.
 */
public final class CheckController {

    private final EvidenceBase evidence;
    private final OptionEvaluator evaluator;
    private final TemplateRenderer templates;
    private final Messages messages;

    public CheckController(
            EvidenceBase evidence, OptionEvaluator evaluator, TemplateRenderer templates, Messages messages) {
        this.evidence = evidence;
        this.evaluator = evaluator;
        this.templates = templates;
        this.messages = messages;
    }

    public void start(Context ctx) {
        ctx.redirect("/check/" + CheckStep.ABOUT.path(), HttpStatus.SEE_OTHER);
    }

    public void step(Context ctx) {
        CheckStep step = CheckStep.fromPath(ctx.pathParam("step"))
                .orElseThrow(() -> new NotFoundResponse("There is no such step in the symptom check."));
        CheckAnswers answers = CheckAnswers.from(ctx.queryParamMap());
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Robots-Tag", "noindex");

        CheckStep required = firstStepToRevisit(step, answers);
        if (required != step) {
            ctx.redirect(answers.link(required), HttpStatus.SEE_OTHER);
            return;
        }
        if (ctx.queryParam("go") != null) {
            Map<String, String> errors = StepValidation.errors(step, answers, messages);
            if (errors.isEmpty()) {
                ctx.redirect(answers.link(step.next().orElse(step)), HttpStatus.SEE_OTHER);
                return;
            }
            render(ctx, new CheckPage(step, answers, errors, messages, evidence, evaluator));
            return;
        }
        render(ctx, new CheckPage(step, answers, Map.of(), messages, evidence, evaluator));
    }

    /**
     * Sends the person back to the first step whose answers a later step depends on. An emergency never gets past
     * the result page, however the address was typed.
     */
    private CheckStep firstStepToRevisit(CheckStep step, CheckAnswers answers) {
        if (step.ordinal() <= CheckStep.WARNING_SIGNS.ordinal()) {
            return step;
        }
        if (!answers.answered("region") || !answers.answered("age")) {
            return CheckStep.ABOUT;
        }
        if (!answers.answered("signsAsked")) {
            return CheckStep.WARNING_SIGNS;
        }
        if (new CheckPage(step, answers, Map.of(), messages, evidence, evaluator)
                        .triage()
                        .urgency()
                == Urgency.EMERGENCY) {
            return CheckStep.RESULT;
        }
        for (CheckStep earlier : CheckStep.values()) {
            if (earlier.ordinal() >= step.ordinal()) {
                break;
            }
            boolean asked = earlier != CheckStep.OPTIONS || answers.answered("compare");
            if (asked && !StepValidation.errors(earlier, answers, messages).isEmpty()) {
                return earlier;
            }
        }
        if (step.ordinal() > CheckStep.OPTIONS.ordinal() && !answers.answered("compare")) {
            return CheckStep.OPTIONS;
        }
        return step;
    }

    private void render(Context ctx, CheckPage page) {
        String template = "check/" + page.step().path() + ".jte";
        PageResponder.html(ctx, templates.render(template, Map.of("page", page)).getBytes(StandardCharsets.UTF_8));
    }
}
