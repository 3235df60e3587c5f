package org.spinechoice.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.spinechoice.evidence.EvidenceBase;
import org.spinechoice.evidence.OptionEvidence;
import org.spinechoice.evidence.Suitability;
import org.spinechoice.triage.Intake;
import org.spinechoice.triage.Triage;
import org.spinechoice.triage.TriageResult;

/**
 * Evaluates every option for one intake ({@code POST /api/options/evaluate}): triage first, then each option's
 * suitability and preference fit, ordered by suitability, then fit, then the contract's table. A pure function.
 */
public final class OptionEvaluator {

    /** Display order of suitability: the person needs care now, then what fits, then what needs care. */
    private static final Map<Suitability, Integer> DISPLAY_ORDER = Map.of(
            Suitability.URGENT_CARE_FIRST,
            0,
            Suitability.SUITABLE,
            1,
            Suitability.CAUTION,
            2,
            Suitability.NOT_ADVISED,
            3);

    private static final Comparator<OptionEvaluation> ORDER = Comparator.<OptionEvaluation>comparingInt(
                    evaluation -> DISPLAY_ORDER.get(evaluation.suitability()))
            .thenComparing(
                    Comparator.comparingDouble(OptionEvaluation::preferenceFit).reversed())
            .thenComparingInt(evaluation -> evaluation.option().ordinal());

    private OptionEvaluator() {}

    public static Evaluation evaluate(Intake intake, EvidenceBase evidence) {
        TriageResult triage = Triage.assess(intake.triageInput());
        SuitabilityRules.TriageFacts facts = SuitabilityRules.TriageFacts.of(triage);
        List<OptionEvaluation> options = evidence.options().stream()
                .map(option -> evaluate(intake, facts, option))
                .sorted(ORDER)
                .toList();
        return new Evaluation(triage, options);
    }

    static OptionEvaluation evaluate(Intake intake, TriageResult triage, OptionEvidence option) {
        return evaluate(intake, SuitabilityRules.TriageFacts.of(triage), option);
    }

    private static OptionEvaluation evaluate(
            Intake intake, SuitabilityRules.TriageFacts triage, OptionEvidence option) {
        SuitabilityRules.Decision decision = SuitabilityRules.decide(intake, triage, option);
        PreferenceFit.Fit fit = PreferenceFit.of(intake, option);
        List<Reason> reasons = new ArrayList<>(decision.reasons());
        reasons.addAll(fit.reasons());
        return new OptionEvaluation(option.id(), decision.suitability(), reasons, fit.score());
    }
}
