package org.spinechoice.app.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.decision.Evaluation;
import org.spinechoice.decision.OptionEvaluation;
import org.spinechoice.decision.OptionEvaluator;
import org.spinechoice.decision.PreferenceFit;
import org.spinechoice.decision.Reason;
import org.spinechoice.evidence.EvidenceBase;
import org.spinechoice.evidence.OptionEvidence;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.PromScore;
import org.spinechoice.prom.PromScoring;
import org.spinechoice.triage.Finding;
import org.spinechoice.triage.Triage;
import org.spinechoice.triage.TriageResult;

/**
 * Builds the summary for the physician from its input with the same core functions as the pages and the API:
 * triage, option evaluation, PROM scoring. The date is passed in. Stateless and thread-safe.
 */
public final class SummaryBuilder {

    private SummaryBuilder() {}

    public static Summary build(
            SummaryInput input, EvidenceBase evidence, OptionEvaluator evaluator, Messages msg, LocalDate date) {
        Evaluation evaluation = evaluator.evaluate(input.intake());
        TriageResult triage = evaluation.triage();
        SummaryCitations citations = new SummaryCitations();
        SummaryWords words = new SummaryWords(msg, evidence);

        List<Summary.Finding> findings = new ArrayList<>();
        for (Finding finding : triage.findings()) {
            findings.add(new Summary.Finding(
                    finding.urgency(),
                    finding.advice(),
                    words.because(finding.because()),
                    citations.citeTriage(finding.sources())));
        }
        Optional<PromScore> odi = input.odiAnswers().map(answers -> PromScoring.score(Instrument.ODI, answers));
        Optional<PromScore> sure = input.sureAnswers().map(answers -> PromScoring.score(Instrument.SURE, answers));

        List<SummaryOption> options = new ArrayList<>();
        for (OptionEvaluation evaluated : compared(input, evaluation)) {
            options.add(
                    option(input, evidence.option(evaluated.option()), evaluated, citations, words, options.size()));
        }
        List<String> questions = SummaryQuestions.of(msg, triage.urgency(), odi, sure, options);
        return new Summary(
                date,
                triage.urgency(),
                findings,
                triage.disclaimer(),
                words.answers(input.intake()),
                odi.map(words::dailyLife),
                sure.map(words::readiness),
                words.preferences(input.intake()),
                options,
                questions,
                citations.sources());
    }

    /** The triage of a summary's input, the first thing a summary shows. */
    public static TriageResult triage(SummaryInput input) {
        return Triage.assess(input.intake().triageInput());
    }

    /** The compared options' evaluations, in the order of the contract's table (as the compare step shows them). */
    private static List<OptionEvaluation> compared(SummaryInput input, Evaluation evaluation) {
        return evaluation.options().stream()
                .filter(evaluated -> input.compared().contains(evaluated.option()))
                .sorted(Comparator.comparingInt(evaluated -> evaluated.option().ordinal()))
                .toList();
    }

    private static SummaryOption option(
            SummaryInput input,
            OptionEvidence option,
            OptionEvaluation evaluated,
            SummaryCitations citations,
            SummaryWords words,
            int index) {
        List<Reason> suitabilityReasons = new ArrayList<>(evaluated.reasons());
        PreferenceFit.of(input.intake(), option).reasons().forEach(suitabilityReasons::remove);
        List<SummaryOption.Cited> reasons = suitabilityReasons.stream()
                .map(reason -> new SummaryOption.Cited(reason.text(), citations.cite(option, reason.sources())))
                .toList();
        SummaryOption.Cited headline = new SummaryOption.Cited(
                option.headline().statement(),
                citations.cite(option, option.headline().sourceIds()));
        SummaryFigures figures = new SummaryFigures(words.messages(), citations, option, "o" + (index + 1));
        return new SummaryOption(
                option.id().id(),
                option.name(),
                evaluated.suitability(),
                reasons,
                headline,
                option.headline().direction(),
                option.headline().certainty(),
                figures.first(option.benefits(), "benefit"),
                figures.first(option.harms(), "harm"),
                option.burden(),
                (int) Math.round(evaluated.preferenceFit() * 100));
    }
}
