package org.spinechoice.app.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.decision.Evaluation;
import org.spinechoice.decision.OptionEvaluator;
import org.spinechoice.evidence.EvidenceBase;
import org.spinechoice.evidence.OptionEvidence;
import org.spinechoice.triage.IntakeReading;
import org.spinechoice.triage.Triage;
import org.spinechoice.triage.TriageResult;
import org.spinechoice.triage.Urgency;
import org.spinechoice.vocabulary.OptionId;

/** What a step's template needs: the step, the answers so far, errors by field, triage and evaluation. Immutable. */
public record CheckPage(
        CheckStep step,
        CheckAnswers answers,
        Map<String, String> errors,
        Messages msg,
        EvidenceBase evidence,
        OptionEvaluator evaluator) {

    public CheckPage {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(answers, "answers");
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        Objects.requireNonNull(msg, "msg");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(evaluator, "evaluator");
    }

    public List<CheckStep> steps() {
        return List.of(CheckStep.values());
    }

    /** Every answer not asked on this step, to carry on as hidden fields. */
    public List<Map.Entry<String, String>> hiddenFields() {
        return answers.without(step).pairs();
    }

    public String action() {
        return "/check/" + step.path();
    }

    public Optional<String> backLink() {
        return step.previous().map(answers::link);
    }

    public String link(CheckStep target) {
        return answers.link(target);
    }

    public boolean checked(String field, String value) {
        return answers.has(field, value);
    }

    public String value(String field) {
        return answers.valueOr(field, "");
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The triage of whatever warning signs and symptoms are valid so far. */
    public TriageResult triage() {
        return Triage.assess(IntakeForm.read(answers).triageInput());
    }

    /** The evaluation of every option, once the intake is complete and valid. */
    public Optional<Evaluation> evaluation() {
        return IntakeForm.read(answers) instanceof IntakeReading.Valid valid
                ? Optional.of(evaluator.evaluate(valid.intake()))
                : Optional.empty();
    }

    /** The inputs that fired a finding, in the person's own terms. */
    public String becauseInWords(List<String> because) {
        return because.stream()
                .map(id -> firstKnown(id, "check.because.", "check.sign.", "check.symptom."))
                .collect(Collectors.joining("; "));
    }

    private String firstKnown(String id, String... prefixes) {
        for (String prefix : prefixes) {
            if (msg.has(prefix + id)) {
                return msg.get(prefix + id);
            }
        }
        return id;
    }

    public OptionEvidence option(OptionId id) {
        return evidence.option(id);
    }

    public List<OptionEvidence> options() {
        return evidence.options();
    }

    /** The evaluated options grouped by suitability, groups in display order, empty groups left out. */
    public List<SuitabilityGroup> optionGroups() {
        return evaluation()
                .map(evaluated -> SuitabilityGroup.DISPLAY_ORDER.stream()
                        .map(suitability -> new SuitabilityGroup(
                                suitability,
                                evaluated.options().stream()
                                        .filter(option -> option.suitability() == suitability)
                                        .toList()))
                        .filter(group -> !group.options().isEmpty())
                        .toList())
                .orElse(List.of());
    }

    /** Whether the triage asks the person to see a doctor soon or urgently, to be repeated above the options. */
    public boolean triageReminder() {
        Urgency urgency = triage().urgency();
        return urgency == Urgency.URGENT || urgency == Urgency.SOON;
    }

    /** The chosen options as columns of the comparison grid, each answering the same questions. */
    public List<ComparedOption> comparisons() {
        List<OptionEvidence> chosen = compared();
        return IntStream.range(0, chosen.size())
                .mapToObj(index -> new ComparedOption(chosen.get(index), index, msg))
                .toList();
    }

    /** The options chosen for comparison, in the order of the contract's table. */
    public List<OptionEvidence> compared() {
        return evidence.options().stream()
                .filter(option -> answers.has("compare", option.id().id()))
                .toList();
    }
}
