package org.spinechoice.app.prom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinechoice.prom.Instrument;

/** FHIR R4 Questionnaires written by hand; the texts are placeholders, not any licensed wording. */
class QuestionnaireImportTest {

    /** Sections 1-5 give their answers as codings with words, 6-10 as plain integers. */
    private static final String ODI = """
            {
              "resourceType": "Questionnaire",
              "url": "https://clinic.example/fhir/Questionnaire/odi",
              "version": "2.1a-de",
              "title": "Licensed ODI",
              "description": "Licensed introduction.",
              "status": "active",
              "item": [
                {"linkId": "odi-1", "text": "Section one", "type": "choice", "answerOption": [
                  {"valueCoding": {"code": "0", "display": "One, 0"}}, {"valueCoding": {"code": "1", "display": "One, 1"}},
                  {"valueCoding": {"code": "2", "display": "One, 2"}}, {"valueCoding": {"code": "3", "display": "One, 3"}},
                  {"valueCoding": {"code": "4", "display": "One, 4"}}, {"valueCoding": {"code": "5", "display": "One, 5"}}]},
                {"linkId": "odi-2", "text": "Section two", "type": "choice", "answerOption": [
                  {"valueCoding": {"code": "0", "display": "Two, 0"}}, {"valueCoding": {"code": "1", "display": "Two, 1"}},
                  {"valueCoding": {"code": "2", "display": "Two, 2"}}, {"valueCoding": {"code": "3", "display": "Two, 3"}},
                  {"valueCoding": {"code": "4", "display": "Two, 4"}}, {"valueCoding": {"code": "5", "display": "Two, 5"}}]},
                {"linkId": "odi-3", "text": "Section three", "type": "choice", "answerOption": [
                  {"valueCoding": {"code": "0", "display": "Three, 0"}}, {"valueCoding": {"code": "1", "display": "Three, 1"}},
                  {"valueCoding": {"code": "2", "display": "Three, 2"}}, {"valueCoding": {"code": "3", "display": "Three, 3"}},
                  {"valueCoding": {"code": "4", "display": "Three, 4"}}, {"valueCoding": {"code": "5", "display": "Three, 5"}}]},
                {"linkId": "odi-4", "text": "Section four", "type": "choice", "answerOption": [
                  {"valueCoding": {"code": "0", "display": "Four, 0"}}, {"valueCoding": {"code": "1", "display": "Four, 1"}},
                  {"valueCoding": {"code": "2", "display": "Four, 2"}}, {"valueCoding": {"code": "3", "display": "Four, 3"}},
                  {"valueCoding": {"code": "4", "display": "Four, 4"}}, {"valueCoding": {"code": "5", "display": "Four, 5"}}]},
                {"linkId": "odi-5", "text": "Section five", "type": "choice", "answerOption": [
                  {"valueCoding": {"code": "0", "display": "Five, 0"}}, {"valueCoding": {"code": "1", "display": "Five, 1"}},
                  {"valueCoding": {"code": "2", "display": "Five, 2"}}, {"valueCoding": {"code": "3", "display": "Five, 3"}},
                  {"valueCoding": {"code": "4", "display": "Five, 4"}}, {"valueCoding": {"code": "5", "display": "Five, 5"}}]},
                {"linkId": "odi-6", "text": "Section six", "type": "choice", "answerOption": [
                  {"valueInteger": 0}, {"valueInteger": 1}, {"valueInteger": 2}, {"valueInteger": 3}, {"valueInteger": 4},
                  {"valueInteger": 5}]},
                {"linkId": "odi-7", "text": "Section seven", "type": "choice", "answerOption": [
                  {"valueInteger": 0}, {"valueInteger": 1}, {"valueInteger": 2}, {"valueInteger": 3}, {"valueInteger": 4},
                  {"valueInteger": 5}]},
                {"linkId": "odi-8", "text": "Section eight", "type": "choice", "answerOption": [
                  {"valueInteger": 0}, {"valueInteger": 1}, {"valueInteger": 2}, {"valueInteger": 3}, {"valueInteger": 4},
                  {"valueInteger": 5}]},
                {"linkId": "odi-9", "text": "Section nine", "type": "choice", "answerOption": [
                  {"valueInteger": 0}, {"valueInteger": 1}, {"valueInteger": 2}, {"valueInteger": 3}, {"valueInteger": 4},
                  {"valueInteger": 5}]},
                {"linkId": "odi-10", "text": "Section ten", "type": "choice", "answerOption": [
                  {"valueInteger": 0}, {"valueInteger": 1}, {"valueInteger": 2}, {"valueInteger": 3}, {"valueInteger": 4},
                  {"valueInteger": 5}]}
              ]
            }
            """;

    /** Groups inside groups, a display item and questions asked in an order of the clinic's choosing. */
    private static final String NESTED_SURE = """
            {
              "resourceType": "Questionnaire",
              "version": "2008-fr",
              "name": "SureFr",
              "item": [
                {"linkId": "intro", "type": "display", "text": "Licensed instructions."},
                {"linkId": "part-a", "type": "group", "text": "Part A", "item": [
                  {"linkId": "sure-2", "type": "choice", "text": "Question two",
                   "answerOption": [{"valueCoding": {"code": "1", "display": "Oui"}},
                                    {"valueCoding": {"code": "0", "display": "Non"}}]},
                  {"linkId": "part-a-1", "type": "group", "item": [
                    {"linkId": "sure-1", "type": "choice", "text": "Question one",
                     "answerOption": [{"valueCoding": {"code": "1", "display": "Oui"}},
                                      {"valueCoding": {"code": "0", "display": "Non"}}]}
                  ]}
                ]},
                {"linkId": "part-b", "type": "group", "item": [
                  {"linkId": "sure-3", "type": "choice", "text": "Question three",
                   "answerOption": [{"valueCoding": {"code": "1", "display": "Oui"}},
                                    {"valueCoding": {"code": "0", "display": "Non"}}]},
                  {"linkId": "sure-4", "type": "choice", "text": "Question four",
                   "answerOption": [{"valueCoding": {"code": "1", "display": "Oui"}},
                                    {"valueCoding": {"code": "0", "display": "Non"}}]}
                ]}
              ]
            }
            """;

    private final QuestionnaireImport importer = new QuestionnaireImport();

    @Test
    void aValidOdiBecomesALicensedWordingNamedByItsCanonicalUrlAndVersion() {
        QuestionnaireWording wording = accepted(Instrument.ODI, ODI);

        assertThat(wording.instrument()).isEqualTo(Instrument.ODI);
        assertThat(wording.version()).isEqualTo("https://clinic.example/fhir/Questionnaire/odi|2.1a-de");
        assertThat(wording.licensed()).isTrue();
        assertThat(wording.wordingNote()).isEmpty();
        assertThat(wording.clinicianOnly()).isFalse();
        assertThat(wording.title()).isEqualTo("Licensed ODI");
        assertThat(wording.intro()).hasValue("Licensed introduction.");
        assertThat(wording.questions())
                .extracting(QuestionnaireWording.Question::linkId)
                .containsExactlyElementsOf(Instrument.ODI.itemIds());
        QuestionnaireWording.Question first = wording.question("odi-1").orElseThrow();
        assertThat(first.prompt()).isEqualTo("Section one");
        assertThat(first.choices()).first().isEqualTo(new QuestionnaireWording.Choice(0, "One, 0"));
        assertThat(first.values()).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(wording.question("odi-6").orElseThrow().choices())
                .last()
                .isEqualTo(new QuestionnaireWording.Choice(5, "5"));
    }

    @Test
    void groupsAreFlattenedDisplayItemsSkippedAndTheClinicsOrderKept() {
        QuestionnaireWording wording = accepted(Instrument.SURE, NESTED_SURE);

        assertThat(wording.questions())
                .extracting(QuestionnaireWording.Question::linkId)
                .containsExactly("sure-2", "sure-1", "sure-3", "sure-4");
        assertThat(wording.version()).isEqualTo("2008-fr");
        assertThat(wording.title()).isEqualTo("SureFr");
        assertThat(wording.intro()).isEmpty();
        assertThat(wording.question("sure-1").orElseThrow().choices())
                .containsExactly(new QuestionnaireWording.Choice(1, "Oui"), new QuestionnaireWording.Choice(0, "Non"));
    }

    @Test
    void aLinkIdThatIsNotAnItemOfTheInstrumentIsNamedWithItsPath() {
        assertThat(rejected(Instrument.ODI, ODI.replace("\"odi-10\"", "\"odi-11\"")))
                .containsExactlyInAnyOrder(
                        "item[9].linkId: \"odi-11\" is not an item of the odi instrument; expected one of odi-1, odi-2,"
                                + " odi-3, odi-4, odi-5, odi-6, odi-7, odi-8, odi-9, odi-10",
                        "item: \"odi-10\" is missing; every item of the odi instrument must be asked");
    }

    @Test
    void aMissingItemIsNamed() {
        String withoutSeven = ODI.replaceAll("(?s)\\{\"linkId\": \"odi-7\".*?\\{\"valueInteger\": 5}]},\\s*", "");

        assertThat(rejected(Instrument.ODI, withoutSeven))
                .containsExactly("item: \"odi-7\" is missing; every item of the odi instrument must be asked");
    }

    @Test
    void anItemAskedTwiceIsNamedWithBothPlaces() {
        assertThat(rejected(Instrument.ODI, ODI.replace("\"odi-7\"", "\"odi-6\"")))
                .containsExactlyInAnyOrder(
                        "item[6].linkId: \"odi-6\" is asked again (first at item[5]); ask each once",
                        "item: \"odi-7\" is missing; every item of the odi instrument must be asked");
    }

    @Test
    void anAnswerOptionOutsideTheInstrumentsValuesIsNamed() {
        String withSix = ODI.replace(
                "{\"valueCoding\": {\"code\": \"5\", \"display\": \"Two, 5\"}}",
                "{\"valueCoding\": {\"code\": \"6\", \"display\": \"Two, 6\"}}");
        String withMinusOne = ODI.replace(
                "{\"valueInteger\": 0}, {\"valueInteger\": 1}, {\"valueInteger\": 2}, "
                        + "{\"valueInteger\": 3}, {\"valueInteger\": 4},\n"
                        + "      {\"valueInteger\": 5}]},\n"
                        + "    {\"linkId\": \"odi-8\"",
                "{\"valueInteger\": -1}, {\"valueInteger\": 1}, {\"valueInteger\": 2}, "
                        + "{\"valueInteger\": 3}, {\"valueInteger\": 4},\n"
                        + "      {\"valueInteger\": 5}]},\n"
                        + "    {\"linkId\": \"odi-8\"");

        assertThat(rejected(Instrument.ODI, withSix))
                .containsExactly("item[1].answerOption[5].valueCoding.code: 6 is not an allowed answer; an answer of"
                        + " odi-2 is a whole number from 0 to 5");
        assertThat(withMinusOne).isNotEqualTo(ODI);
        assertThat(rejected(Instrument.ODI, withMinusOne))
                .containsExactly("item[6].answerOption[0].valueInteger: -1 is not an allowed answer; an answer of"
                        + " odi-7 is a whole number from 0 to 5");
    }

    @Test
    void aLicensedVersionMayOfferFewerValuesThanTheInstrumentAccepts() {
        List<String> items = new ArrayList<>();
        for (String itemId : Instrument.ZCQ.itemIds()) {
            List<Integer> offered = itemId.startsWith("zcq-s") && !itemId.equals("zcq-s1")
                    ? List.of(1, 3, 5)
                    : IntStream.rangeClosed(1, itemId.startsWith("zcq-s") ? 5 : 4)
                            .boxed()
                            .toList();
            items.add(choiceItem(itemId, offered));
        }
        String zurich = "{\"resourceType\": \"Questionnaire\", \"version\": \"1996\", \"item\": ["
                + String.join(",", items) + "]}";

        QuestionnaireWording wording = accepted(Instrument.ZCQ, zurich);

        assertThat(wording.question("zcq-s4").orElseThrow().values()).containsExactly(1, 3, 5);
        assertThat(wording.question("zcq-s1").orElseThrow().values()).containsExactly(1, 2, 3, 4, 5);
        assertThat(wording.title()).isEqualTo(Instrument.ZCQ.title());
    }

    @Test
    void aQuestionWithoutTextIsRejected() {
        assertThat(rejected(Instrument.ODI, ODI.replace("\"text\": \"Section three\", ", "")))
                .containsExactly("item[2].text: missing; every question needs the words patients see");
    }

    @Test
    void everyProblemIsListedAtOnce() {
        String broken = ODI.replace("\"text\": \"Section three\", ", "")
                .replace("\"odi-10\"", "\"odi-11\"")
                .replace("\"display\": \"One, 4\"", "\"display\": \" \"")
                .replace(
                        "\"code\": \"3\", \"display\": \"Four, 3\"", "\"code\": \"LA6568-5\", \"display\": \"Four, 3\"")
                .replace("\"version\": \"2.1a-de\",", "");

        assertThat(rejected(Instrument.ODI, broken))
                .containsExactlyInAnyOrder(
                        "version: missing; a licensed wording needs a version, stored with each response given in it",
                        "item[0].answerOption[4].valueCoding.display: missing; every answer needs the words patients"
                                + " see",
                        "item[2].text: missing; every question needs the words patients see",
                        "item[3].answerOption[3].valueCoding.code: \"LA6568-5\" is not a whole number; the code is the"
                                + " value scored, and an answer of odi-4 is a whole number from 0 to 5",
                        "item[9].linkId: \"odi-11\" is not an item of the odi instrument; expected one of odi-1, odi-2,"
                                + " odi-3, odi-4, odi-5, odi-6, odi-7, odi-8, odi-9, odi-10",
                        "item: \"odi-10\" is missing; every item of the odi instrument must be asked");
    }

    @Test
    void theVersionMayComeFromTheUrlButMustAgreeWithVersionAndNotClaimOurs() {
        String inUrl =
                ODI.replace("\"version\": \"2.1a-de\",", "").replace("Questionnaire/odi\"", "Questionnaire/odi|3\"");
        String disagreeing = ODI.replace("Questionnaire/odi\"", "Questionnaire/odi|3\"");
        String ours = ODI.replace("\"url\": \"https://clinic.example/fhir/Questionnaire/odi\",", "")
                .replace("\"version\": \"2.1a-de\"", "\"version\": \"spinechoice-1\"");

        assertThat(accepted(Instrument.ODI, inUrl).version())
                .isEqualTo("https://clinic.example/fhir/Questionnaire/odi|3");
        assertThat(rejected(Instrument.ODI, disagreeing))
                .containsExactly("version: \"2.1a-de\" differs from the version \"3\" in url");
        assertThat(rejected(Instrument.ODI, ours))
                .containsExactly(
                        "version: \"spinechoice-1\" is reserved for SpineChoice's own wording; choose another");
    }

    @Test
    void aPainRatingMayBeAnIntegerItemWithTheInstrumentsRange() {
        QuestionnaireWording wording = accepted(Instrument.NRS_LEG, """
                {"resourceType": "Questionnaire", "version": "1",
                 "item": [{"linkId": "nrs", "type": "integer", "text": "Leg pain, worst, past week (0-10)"}]}
                """);

        QuestionnaireWording.NumberEntry number =
                wording.question("nrs").orElseThrow().number().orElseThrow();
        assertThat(List.of(number.min(), number.max())).containsExactly(0, 10);
    }

    @Test
    void mjoaWordingMayBeImportedForCliniciansOnly() {
        String mjoa = "{\"resourceType\": \"Questionnaire\", \"version\": \"benzel-1991\", \"item\": ["
                + choiceItem(
                        "mjoa-upper-motor", IntStream.rangeClosed(0, 5).boxed().toList()) + ","
                + choiceItem(
                        "mjoa-lower-motor", IntStream.rangeClosed(0, 7).boxed().toList()) + ","
                + choiceItem(
                        "mjoa-upper-sensory",
                        IntStream.rangeClosed(0, 3).boxed().toList()) + ","
                + choiceItem("mjoa-bladder", IntStream.rangeClosed(0, 3).boxed().toList()) + "]}";

        QuestionnaireWording wording = accepted(Instrument.MJOA, mjoa);

        assertThat(wording.clinicianOnly()).isTrue();
        assertThat(wording.licensed()).isTrue();
    }

    @Test
    void answersThatCannotBeCheckedOrScoredAreRejected() {
        String sure = """
                {"resourceType": "Questionnaire", "version": "1", "item": [
                  {"linkId": "sure-1", "type": "open-choice", "text": "One",
                   "answerOption": [{"valueCoding": {"code": "1", "display": "Yes"}}]},
                  {"linkId": "sure-2", "type": "choice", "text": "Two",
                   "answerValueSet": "http://example.org/ValueSet/yes-no"},
                  {"linkId": "sure-3", "type": "boolean", "text": "Three"},
                  {"linkId": "sure-4", "type": "choice", "text": "Four",
                   "answerOption": [{"valueString": "Yes"}, {"valueInteger": 1}, {"valueInteger": 1}]}
                ]}
                """;

        assertThat(rejected(Instrument.SURE, sure))
                .containsExactlyInAnyOrder(
                        "item[0].type: open-choice lets patients type their own answer, which cannot be scored; use"
                                + " choice",
                        "item[1].answerOption: missing; answers given only as answerValueSet cannot be checked, list"
                                + " them as answerOption",
                        "item[2].type: boolean cannot give a whole-number answer to sure-3; expected choice or integer",
                        "item[3].answerOption[0]: expected valueCoding or valueInteger; an answer of sure-4 is a whole"
                                + " number from 0 to 1",
                        "item[3].answerOption[2]: offers 1 again (first at item[3].answerOption[1])");
    }

    @Test
    void anElementFhirR4DoesNotKnowIsAProblemRatherThanSilentlyDropped() {
        List<String> problems = rejected(Instrument.ODI, ODI.replace("\"linkId\": \"odi-4\"", "\"linkid\": \"odi-4\""));

        assertThat(problems)
                .anySatisfy(
                        problem -> assertThat(problem).startsWith("linkid: not an element of a FHIR R4 Questionnaire"));
        assertThat(problems).contains("item[3].linkId: missing; each question names the item it asks by its linkId");
    }

    @Test
    void aResourceOtherThanAQuestionnaireIsRejected() {
        assertThat(rejected(Instrument.ODI, "{\"resourceType\": \"Patient\", \"id\": \"p1\"}"))
                .containsExactly("resourceType: got \"Patient\"; expected \"Questionnaire\"");
        assertThat(rejected(Instrument.ODI, "{\"item\": []}"))
                .containsExactly("resourceType: missing; expected \"Questionnaire\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<Questionnaire xmlns=\"http://hl7.org/fhir\"/>",
                "{\"resourceType\": \"Questionnaire\"",
                "{\"resourceType\": \"Questionnaire\", \"version\": \"1\", \"version\": \"2\"}",
                "{\"resourceType\": \"Questionnaire\"} {}"
            })
    void textThatIsNotOneJsonObjectWithUniqueKeysIsRejectedAsNotJson(String text) {
        assertThat(rejected(Instrument.ODI, text)).singleElement().asString().startsWith("not valid JSON: ");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[]",
                "null",
                "\"Questionnaire\"",
                "{\"resourceType\": \"Questionnaire\", \"item\": {\"linkId\": \"odi-1\"}}",
                "{\"resourceType\": \"Questionnaire\", \"item\": [{\"linkId\": 3, \"type\": \"choise\"}]}",
                "{\"resourceType\": \"Questionnaire\", \"item\": [{\"answerOption\": [{\"valueInteger\": 2.5}]}]}",
                "{\"resourceType\": \"Questionnaire\", \"contained\": [{\"resourceType\": \"Nonsense\"}]}",
                "{\"resourceType\": \"Questionnaire\", \"item\": [null, 3, \"x\"]}"
            })
    void oddContentIsRejectedWithReasonsAndNeverThrows(String text) {
        assertThatCode(() -> importer.read(Instrument.ODI, text)).doesNotThrowAnyException();
        assertThat(importer.read(Instrument.ODI, text)).isInstanceOf(QuestionnaireImport.Rejected.class);
    }

    @Test
    void emptyTextIsRejectedNotThrown() {
        assertThat(rejected(Instrument.ODI, null)).containsExactly("empty; expected a FHIR R4 Questionnaire in JSON");
        assertThat(rejected(Instrument.ODI, " \n")).containsExactly("empty; expected a FHIR R4 Questionnaire in JSON");
    }

    private QuestionnaireWording accepted(Instrument instrument, String json) {
        QuestionnaireImport.Outcome outcome = importer.read(instrument, json);
        if (outcome instanceof QuestionnaireImport.Rejected rejected) {
            throw new AssertionError("rejected: " + rejected.lines());
        }
        return ((QuestionnaireImport.Accepted) outcome).wording();
    }

    private List<String> rejected(Instrument instrument, String json) {
        QuestionnaireImport.Outcome outcome = importer.read(instrument, json);
        assertThat(outcome).isInstanceOf(QuestionnaireImport.Rejected.class);
        return ((QuestionnaireImport.Rejected) outcome).lines();
    }

    private static String choiceItem(String linkId, List<Integer> values) {
        return "{\"linkId\": \"" + linkId + "\", \"type\": \"choice\", \"text\": \"Text of " + linkId
                + "\", \"answerOption\": ["
                + values.stream()
                        .map(value -> "{\"valueCoding\": {\"code\": \"" + value + "\", \"display\": \"Answer " + value
                                + "\"}}")
                        .collect(Collectors.joining(","))
                + "]}";
    }
}
