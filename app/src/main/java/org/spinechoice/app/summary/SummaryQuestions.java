package org.spinechoice.app.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.evidence.Suitability;
import org.spinechoice.prom.PromScore;
import org.spinechoice.triage.Urgency;

/**
 * Questions the person may take to the physician, in our own words, chosen from what the summary shows: warning
 * signs, the figures and harms of each option compared, cautions, figures still being checked, what happens if they
 * wait, and whether they feel ready to decide.
 */
final class SummaryQuestions {

    private SummaryQuestions() {}

    static List<String> of(
            Messages msg,
            Urgency urgency,
            Optional<PromScore> odi,
            Optional<PromScore> sure,
            List<SummaryOption> options) {
        List<String> questions = new ArrayList<>();
        if (urgency == Urgency.URGENT || urgency == Urgency.SOON) {
            questions.add(msg.get("summary.question.warningSigns"));
        }
        questions.add(msg.get("summary.question.cause"));
        questions.add(msg.get("summary.question.wait"));
        for (SummaryOption option : options) {
            questions.add(msg.get("summary.question.figures", option.name()));
            questions.add(msg.get("summary.question.harms", option.name()));
            if (option.suitability() == Suitability.CAUTION || option.suitability() == Suitability.NOT_ADVISED) {
                questions.add(msg.get(
                        "summary.question.caution",
                        option.name(),
                        msg.get("summary.suitability." + option.suitability().id())));
            }
        }
        questions.add(msg.get("summary.question.burden"));
        if (options.stream().anyMatch(SummaryOption::hasFigureUnderReview)) {
            questions.add(msg.get("summary.question.underReview"));
        }
        questions.add(msg.get("summary.question.other"));
        odi.filter(PromScore.Scored.class::isInstance)
                .map(PromScore.Scored.class::cast)
                .ifPresent(scored -> questions.add(msg.get(
                        "summary.question.score",
                        SummaryWords.number(scored.score().orElseThrow()))));
        boolean unsure = sure.filter(PromScore.Scored.class::isInstance)
                .map(score -> ((PromScore.Scored) score).decisionalConflict().orElse(true))
                .orElse(true);
        questions.add(msg.get(unsure ? "summary.question.unsure" : "summary.question.nextSteps"));
        return questions;
    }
}
