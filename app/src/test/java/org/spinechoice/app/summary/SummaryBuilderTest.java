package org.spinechoice.app.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.spinechoice.app.TestApp;
import org.spinechoice.app.check.CheckAnswers;
import org.spinechoice.app.evidence.YamlEvidenceLoader;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.decision.OptionEvaluator;
import org.spinechoice.evidence.EvidenceBase;
import org.spinechoice.evidence.Suitability;

/** The summary model, built from the check's answers with the repository's evidence base. */
class SummaryBuilderTest {

    private static final EvidenceBase EVIDENCE = new YamlEvidenceLoader().loadFolder(TestApp.knowledgeFolder());
    private static final OptionEvaluator EVALUATOR = new OptionEvaluator(EVIDENCE);
    private static final Messages MESSAGES = Messages.english();
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void theComparedOptionsKeepTheTablesOrderWithTheirKeyFigures() {
        Summary summary = build(SummaryExamples.ANSWERS);

        assertThat(summary.optionNames())
                .containsExactly(
                        "Physical therapy and supervised exercise",
                        "Epidural steroid injection",
                        "Decompression surgery (laminectomy or laminotomy)");
        SummaryOption epidural = summary.options().get(1);
        assertThat(epidural.suitability()).isEqualTo(Suitability.CAUTION);
        assertThat(epidural.reasons())
                .anySatisfy(reason -> assertThat(reason.text()).contains("blood sugar"));
        assertThat(epidural.benefit().orElseThrow().treatment())
                .hasValue("about 54 (exactly 53.7) of 100 people had at least half their pain relieved");
        assertThat(epidural.benefit().orElseThrow().comparison()).isPresent();
        assertThat(epidural.harm().orElseThrow().outcome()).contains("cortisol");
    }

    @Test
    void sourcesAreNumberedInTheOrderTheyAreFirstCitedAndListedOnce() {
        Summary summary = build(SummaryExamples.ANSWERS);

        assertThat(summary.options().get(0).headline().marks()).isEqualTo("[1, 2, 3]");
        assertThat(summary.options().get(0).benefit().orElseThrow().marks()).isEqualTo("[2]");
        assertThat(summary.sources()).extracting(source -> source.link()).doesNotHaveDuplicates();
    }

    @Test
    void scoresAreInWordsWithTheOdiWordingNote() {
        Summary summary = build(SummaryExamples.ANSWERS);

        Summary.Score dailyLife = summary.dailyLife().orElseThrow();
        assertThat(dailyLife.result()).isEqualTo("38 out of 100: moderate disability");
        assertThat(dailyLife.note()).hasValueSatisfying(note -> assertThat(note).contains("SpineChoice wording"));
        assertThat(summary.readiness().orElseThrow().result()).isEqualTo("3 out of 4");
        assertThat(summary.readiness().orElseThrow().meaning()).contains("3 or less");
    }

    @Test
    void tooFewDailyLifeAnswersAreShownAsNotWorkedOut() {
        SummaryInput input =
                SummaryAnswers.read(answers(SummaryExamples.ANSWERS)).orElseThrow();
        SummaryInput sparse = new SummaryInput(
                input.intake(), input.compared(), Optional.of(Map.of("odi-1", 3)), input.sureAnswers());

        Summary summary = SummaryBuilder.build(sparse, EVIDENCE, EVALUATOR, MESSAGES, TODAY);

        assertThat(summary.dailyLife().orElseThrow().result()).startsWith("Not worked out");
        assertThat(summary.questions())
                .noneSatisfy(question -> assertThat(question).contains("daily-life score"));
    }

    @Test
    void questionsCoverWaitingEachOptionsFiguresAndHarmsCautionsAndReadiness() {
        List<String> questions = build(SummaryExamples.ANSWERS).questions();

        assertThat(questions)
                .contains("What is likely to happen if I wait, stay active and see how things go?")
                .contains("Epidural steroid injection: out of 100 people like me, how many are helped, by how much,"
                        + " and for how long?")
                .contains("Epidural steroid injection: which harms are most likely for me, with my health and my age?")
                .contains("Epidural steroid injection is marked \"Take care\" for me. What does that mean for me?")
                .contains("My daily-life score was 38 out of 100. Should we repeat it after treatment to see whether"
                        + " it helped?")
                .contains("I am not yet sure which option suits me. What else could help me decide?")
                .noneSatisfy(question -> assertThat(question).startsWith("Some of my answers were warning signs"));
    }

    @Test
    void theDateIsTheOnePassedIn() {
        assertThat(build(SummaryExamples.ANSWERS).dateInWords()).isEqualTo("2 March 2026");
    }

    @Test
    void checkAnswersThatCannotMakeASummaryGiveNone() {
        assertThat(SummaryAnswers.read(answers(SummaryExamples.ANSWERS.replace("&sure-1=1", ""))))
                .isEmpty();
        assertThat(SummaryAnswers.read(answers(SummaryExamples.ANSWERS.replace("odi-1=3", "odi-1=7"))))
                .isEmpty();
        assertThat(SummaryAnswers.read(answers(SummaryExamples.ANSWERS + "&compare=magic-cure")))
                .isEmpty();
        assertThat(SummaryAnswers.read(answers(SummaryExamples.ANSWERS + "&warningSigns=bladder-retention")))
                .isEmpty();
    }

    @Test
    void theStoredQueryStringReadsBackToTheSameAnswers() {
        CheckAnswers answers = answers(SummaryExamples.ANSWERS + "&extra=dropped");

        assertThat(SummaryAnswers.fromQueryString(answers.queryString()).queryString())
                .isEqualTo(answers.queryString())
                .isEqualTo(SummaryExamples.ANSWERS);
    }

    private static Summary build(String query) {
        return SummaryBuilder.build(
                SummaryAnswers.read(answers(query)).orElseThrow(), EVIDENCE, EVALUATOR, MESSAGES, TODAY);
    }

    private static CheckAnswers answers(String query) {
        return SummaryAnswers.fromQueryString(query);
    }
}
