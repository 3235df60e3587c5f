package org.spinechoice.app.prom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.spinechoice.app.check.ReadingLevel;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.Item;

class SpineChoiceWordingTest {

    private static final double HIGHEST_GRADE = 8.0;

    private final SpineChoiceWording ours = new SpineChoiceWording(Messages.english());

    @Test
    void everyQuestionnairePatientsAnswerHasOurWordingAndTheClinicianRatedMjoaHasNone() {
        List<Instrument> answerable = Arrays.stream(Instrument.values())
                .filter(Instrument::answerableByLink)
                .toList();

        assertThat(ours.all()).extracting(QuestionnaireWording::instrument).containsExactlyElementsOf(answerable);
        assertThat(ours.of(Instrument.MJOA)).isEmpty();
        assertThat(ours.of(Instrument.ODI)).isPresent();
    }

    @Test
    void ourWordingIsVersionedAndCarriesTheNoteThatItIsNotTheValidatedText() {
        assertThat(ours.all()).allSatisfy(wording -> {
            assertThat(wording.version()).isEqualTo("spinechoice-1");
            assertThat(wording.licensed()).isFalse();
            assertThat(wording.clinicianOnly()).isFalse();
            assertThat(wording.wordingNote())
                    .hasValue("SpineChoice wording \u2014 load your licensed version for validated use.");
            assertThat(wording.title()).isNotBlank();
            assertThat(wording.intro())
                    .hasValueSatisfying(intro -> assertThat(intro).isNotBlank());
        });
    }

    @Test
    void everyItemHasAPromptAndOffersExactlyTheValuesItsScoringAcceptsEachWithALabel() {
        for (QuestionnaireWording wording : ours.all()) {
            assertThat(wording.questions())
                    .extracting(QuestionnaireWording.Question::linkId)
                    .as(wording.instrument().id())
                    .containsExactlyElementsOf(wording.instrument().itemIds());
            for (Item item : wording.instrument().items()) {
                QuestionnaireWording.Question question =
                        wording.question(item.id()).orElseThrow();
                List<Integer> allowed =
                        IntStream.rangeClosed(item.min(), item.max()).boxed().toList();
                assertThat(question.prompt()).as(item.id()).isNotBlank();
                assertThat(question.values()).as(item.id()).containsExactlyElementsOf(allowed);
                assertThat(question.choices())
                        .as(item.id())
                        .allSatisfy(choice -> assertThat(choice.label()).isNotBlank());
                assertThat(question.choices().stream()
                                .map(QuestionnaireWording.Choice::label)
                                .distinct())
                        .as("labels of %s differ", item.id())
                        .hasSameSizeAs(question.choices());
            }
        }
    }

    @Test
    void painRatingsAndWalkingAreNumbersWithTheirScoringRange() {
        QuestionnaireWording.NumberEntry pain = ours.of(Instrument.NRS_LEG)
                .orElseThrow()
                .question("nrs")
                .orElseThrow()
                .number()
                .orElseThrow();
        QuestionnaireWording.NumberEntry walking = ours.of(Instrument.WALKING)
                .orElseThrow()
                .question("walking-minutes")
                .orElseThrow()
                .number()
                .orElseThrow();

        assertThat(List.of(pain.min(), pain.max())).containsExactly(0, 10);
        assertThat(pain.lowLabel()).hasValue("No pain");
        assertThat(pain.highLabel()).isPresent();
        assertThat(List.of(walking.min(), walking.max())).containsExactly(0, 600);
        assertThat(walking.unit()).hasValue("minutes");
    }

    @Test
    void eachPainRatingNamesItsOwnPart() {
        assertThat(List.of(Instrument.NRS_BACK, Instrument.NRS_LEG, Instrument.NRS_NECK, Instrument.NRS_ARM))
                .extracting(instrument -> ours.of(instrument)
                        .orElseThrow()
                        .question("nrs")
                        .orElseThrow()
                        .prompt())
                .satisfiesExactly(
                        back -> assertThat(back).contains("back"),
                        leg -> assertThat(leg).contains("legs"),
                        neck -> assertThat(neck).contains("neck"),
                        arm -> assertThat(arm).contains("arms"));
    }

    @Test
    void theOdiReusesTheWordsOfTheSymptomCheck() {
        Messages messages = Messages.english();
        QuestionnaireWording.Question sexLife =
                ours.of(Instrument.ODI).orElseThrow().question("odi-8").orElseThrow();

        assertThat(sexLife.hint()).hasValue(messages.get("check.effects.odi.8.hint"));
        assertThat(sexLife.choices().get(0).label()).isEqualTo(messages.get("check.effects.odi.8.0"));
    }

    @Test
    void zcqSatisfactionIsAskedOnlyAfterTreatment() {
        QuestionnaireWording zurich = ours.of(Instrument.ZCQ).orElseThrow();

        assertThat(zurich.questionsToAsk(false))
                .extracting(QuestionnaireWording.Question::linkId)
                .hasSize(12)
                .noneMatch(linkId -> linkId.startsWith("zcq-p"));
        assertThat(zurich.questionsToAsk(true)).hasSize(18);
        assertThat(ours.of(Instrument.ODI).orElseThrow().questionsToAsk(false)).hasSize(10);
    }

    @Test
    void everyQuestionnaireReadsAtGradeEightOrBelowWithAndWithoutItsShortAnswerLabels() {
        List<String> tooHard = new ArrayList<>();
        for (QuestionnaireWording wording : ours.all()) {
            // The labels are short, so they pull the grade down; the prose alone must pass too.
            double prose = ReadingLevel.of(text(wording, false)).grade();
            double everything = ReadingLevel.of(text(wording, true)).grade();
            System.out.printf(
                    "reading level %-9s grade %.1f (prose %.1f)%n",
                    wording.instrument().id(), everything, prose);
            if (Math.max(prose, everything) > HIGHEST_GRADE) {
                tooHard.add(wording.instrument().id() + " " + everything + " (prose " + prose + ")");
            }
        }
        assertThat(tooHard).isEmpty();
    }

    /** What a patient reads, each prompt and label as a sentence of its own, as the page shows them. */
    private static String text(QuestionnaireWording wording, boolean withLabels) {
        List<String> sentences = new ArrayList<>();
        sentences.add(wording.title());
        wording.intro().ifPresent(sentences::add);
        for (QuestionnaireWording.Question question : wording.questions()) {
            sentences.add(question.prompt());
            question.hint().ifPresent(sentences::add);
            if (withLabels) {
                question.choices().forEach(choice -> sentences.add(choice.label()));
                question.number().ifPresent(number -> {
                    number.lowLabel().ifPresent(sentences::add);
                    number.highLabel().ifPresent(sentences::add);
                });
            }
        }
        return sentences.stream()
                .map(sentence -> sentence.endsWith(".") || sentence.endsWith("?") ? sentence : sentence + ".")
                .collect(Collectors.joining(" "));
    }
}
