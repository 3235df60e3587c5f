package org.spinechoice.app.prom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.spinechoice.prom.Instrument;

/** The invariants a wording keeps however it was made: the instrument's items, each once, with values it accepts. */
class QuestionnaireWordingTest {

    @Test
    void aWordingAsksEveryItemOfItsInstrument() {
        List<QuestionnaireWording.Question> questions = sureQuestions();
        questions.remove(3);

        assertThatThrownBy(() -> licensed(Instrument.SURE, questions))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lacks sure-4");
    }

    @Test
    void aWordingAsksNoItemTwiceAndNoItemOfAnotherInstrument() {
        List<QuestionnaireWording.Question> twice = sureQuestions();
        twice.add(yesNo("sure-1"));
        List<QuestionnaireWording.Question> foreign = sureQuestions();
        foreign.add(yesNo("odi-1"));

        assertThatThrownBy(() -> licensed(Instrument.SURE, twice)).hasMessageContaining("'sure-1' is asked twice");
        assertThatThrownBy(() -> licensed(Instrument.SURE, foreign)).hasMessageContaining("not an item of sure");
    }

    @Test
    void aWordingMayOfferFewerValuesButNeverOthers() {
        List<QuestionnaireWording.Question> fewer = sureQuestions();
        fewer.set(0, question("sure-1", new QuestionnaireWording.Choice(1, "Yes")));
        List<QuestionnaireWording.Question> other = sureQuestions();
        other.set(
                0,
                question(
                        "sure-1",
                        new QuestionnaireWording.Choice(1, "Yes"),
                        new QuestionnaireWording.Choice(2, "Maybe")));

        assertThat(licensed(Instrument.SURE, fewer)
                        .question("sure-1")
                        .orElseThrow()
                        .values())
                .containsExactly(1);
        assertThatThrownBy(() -> licensed(Instrument.SURE, other)).hasMessageContaining("sure-1 offers [2]");
    }

    @Test
    void aNumberRangeMustLieInsideTheItemsRange() {
        QuestionnaireWording.Question tooWide = new QuestionnaireWording.Question(
                "nrs",
                "Pain?",
                Optional.empty(),
                List.of(),
                Optional.of(new QuestionnaireWording.NumberEntry(
                        0, 11, Optional.empty(), Optional.empty(), Optional.empty())));

        assertThatThrownBy(() -> licensed(Instrument.NRS_BACK, List.of(tooWide)))
                .hasMessageContaining("[11]");
    }

    @Test
    void aQuestionOffersChoicesOrANumberAndEachValueOnce() {
        assertThatThrownBy(() -> question("sure-1")).hasMessageContaining("either choices or a number");
        assertThatThrownBy(() -> question(
                        "sure-1",
                        new QuestionnaireWording.Choice(1, "Yes"),
                        new QuestionnaireWording.Choice(1, "Sure")))
                .hasMessageContaining("offers a value twice");
        assertThatThrownBy(() -> new QuestionnaireWording.Choice(1, " ")).hasMessageContaining("label of 1");
    }

    @Test
    void onlyOurWordingCarriesTheNote() {
        assertThatThrownBy(() -> new QuestionnaireWording(
                        Instrument.SURE,
                        "clinic-2",
                        "SURE",
                        Optional.empty(),
                        true,
                        Optional.of("note"),
                        sureQuestions()))
                .hasMessageContaining("note");
    }

    @Test
    void mjoaWordingIsForCliniciansOnly() {
        List<QuestionnaireWording.Question> questions = new ArrayList<>();
        for (String itemId : Instrument.MJOA.itemIds()) {
            questions.add(question(itemId, new QuestionnaireWording.Choice(0, "Unable")));
        }

        assertThat(licensed(Instrument.MJOA, questions).clinicianOnly()).isTrue();
        assertThat(licensed(Instrument.SURE, sureQuestions()).clinicianOnly()).isFalse();
    }

    private static QuestionnaireWording licensed(Instrument instrument, List<QuestionnaireWording.Question> questions) {
        return new QuestionnaireWording(
                instrument, "clinic-2", "Licensed", Optional.empty(), true, Optional.empty(), questions);
    }

    private static List<QuestionnaireWording.Question> sureQuestions() {
        List<QuestionnaireWording.Question> questions = new ArrayList<>();
        for (String itemId : Instrument.SURE.itemIds()) {
            questions.add(yesNo(itemId));
        }
        return questions;
    }

    private static QuestionnaireWording.Question yesNo(String linkId) {
        return question(linkId, new QuestionnaireWording.Choice(1, "Yes"), new QuestionnaireWording.Choice(0, "No"));
    }

    private static QuestionnaireWording.Question question(String linkId, QuestionnaireWording.Choice... choices) {
        return new QuestionnaireWording.Question(
                linkId, "Question " + linkId, Optional.empty(), List.of(choices), Optional.empty());
    }
}
