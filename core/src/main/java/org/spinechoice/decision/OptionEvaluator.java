package org.spinechoice.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.spinechoice.evidence.EvidenceBase;
import org.spinechoice.evidence.Suitability;
import org.spinechoice.triage.Intake;
import org.spinechoice.triage.Triage;
import org.spinechoice.triage.TriageResult;

/**
 * Evaluates every option for one intake ({@code POST /api/options/evaluate}): triage first, then each option's
 * suitability and preference fit, ordered by suitability, then fit, then the contract's table.
 *
 * <p>Made once per evidence base: the words of every reason that depends on an option alone (its regions, its
 * cautions, how it meets each preference at each weight) are worked out then, not for every intake. Immutable and
 * thread-safe; {@link #evaluate} is a pure function of the intake.
 */
public final class OptionEvaluator {

    /** What one option's rules need, worked out once. */
    private record OptionRules(SuitabilityRules.OptionFacts facts, PreferenceFit fit) {}

    private static final Comparator<OptionEvaluation> ORDER = Comparator.<OptionEvaluation>comparingInt(
                    evaluation -> displayOrder(evaluation.suitability()))
            .thenComparing(
                    Comparator.comparingDouble(OptionEvaluation::preferenceFit).reversed())
            .thenComparingInt(evaluation -> evaluation.option().ordinal());

    private final List<OptionRules> options;

    public OptionEvaluator(EvidenceBase evidence) {
        options = evidence.options().stream()
                .map(option -> new OptionRules(SuitabilityRules.OptionFacts.of(option), new PreferenceFit(option)))
                .toList();
    }

    public Evaluation evaluate(Intake intake) {
        TriageResult triage = Triage.assess(intake.triageInput());
        SuitabilityRules.TriageFacts facts = SuitabilityRules.TriageFacts.of(triage);
        int[] weights = PreferenceFit.weightsOf(intake);
        List<OptionEvaluation> evaluated = new ArrayList<>(options.size());
        for (OptionRules option : options) {
            evaluated.add(evaluate(intake, facts, weights, option));
        }
        evaluated.sort(ORDER);
        return new Evaluation(triage, evaluated);
    }

    private static OptionEvaluation evaluate(
            Intake intake, SuitabilityRules.TriageFacts triage, int[] weights, OptionRules option) {
        SuitabilityRules.Decision decision = SuitabilityRules.decide(intake, triage, option.facts());
        PreferenceFit.Fit fit = option.fit().fitFor(weights);
        List<Reason> reasons =
                new ArrayList<>(decision.reasons().size() + fit.reasons().size());
        reasons.addAll(decision.reasons());
        reasons.addAll(fit.reasons());
        return new OptionEvaluation(option.facts().option().id(), decision.suitability(), reasons, fit.score());
    }

    /** Display order of suitability: the person needs care now, then what fits, then what needs care. */
    private static int displayOrder(Suitability suitability) {
        return switch (suitability) {
            case URGENT_CARE_FIRST -> 0;
            case SUITABLE -> 1;
            case CAUTION -> 2;
            case NOT_ADVISED -> 3;
        };
    }
}
