package org.spinechoice.app.prom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.spinechoice.app.platform.Problem;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.Item;

/**
 * Reads the items of an imported Questionnaire as questions of one instrument: groups are flattened, display items
 * and groups are skipped, and every other item must be an item of the instrument, once, with its text and with
 * answers the instrument accepts. Each problem is named by its path ({@code item[0].item[2].linkId}). Not thread-safe:
 * one per import.
 */
final class QuestionnaireItems {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");

    private final Instrument instrument;
    private final List<Problem.FieldError> problems;
    private final Map<String, String> seenAt = new HashMap<>();
    private final List<QuestionnaireWording.Question> questions = new ArrayList<>();

    QuestionnaireItems(Instrument instrument, List<Problem.FieldError> problems) {
        this.instrument = instrument;
        this.problems = problems;
    }

    /** The questions, in the order the Questionnaire asks them; problems go to the list given at construction. */
    List<QuestionnaireWording.Question> read(List<QuestionnaireItemComponent> items) {
        readAll(items, "");
        instrument.itemIds().stream()
                .filter(itemId -> !seenAt.containsKey(itemId))
                .forEach(itemId -> problem(
                        "item",
                        "\"" + itemId + "\" is missing; every item of the " + instrument.id()
                                + " instrument must be asked"));
        return questions;
    }

    private void readAll(List<QuestionnaireItemComponent> items, String parentPath) {
        for (int index = 0; index < items.size(); index++) {
            QuestionnaireItemComponent item = items.get(index);
            String path = parentPath + "item[" + index + "]";
            QuestionnaireItemType type = item.getType();
            if (type != QuestionnaireItemType.GROUP && type != QuestionnaireItemType.DISPLAY) {
                question(item, path).ifPresent(questions::add);
            }
            readAll(item.getItem(), path + ".");
        }
    }

    private Optional<QuestionnaireWording.Question> question(QuestionnaireItemComponent given, String path) {
        String linkId = given.getLinkId();
        if (linkId == null || linkId.isBlank()) {
            problem(path + ".linkId", "missing; each question names the item it asks by its linkId");
            return Optional.empty();
        }
        Optional<Item> item = instrument.item(linkId);
        if (item.isEmpty()) {
            problem(
                    path + ".linkId",
                    "\"" + linkId + "\" is not an item of the " + instrument.id() + " instrument; expected one of "
                            + String.join(", ", instrument.itemIds()));
            return Optional.empty();
        }
        String firstPath = seenAt.putIfAbsent(linkId, path);
        if (firstPath != null) {
            problem(path + ".linkId", "\"" + linkId + "\" is asked again (first at " + firstPath + "); ask each once");
            return Optional.empty();
        }
        int before = problems.size();
        String text = given.getText();
        if (text == null || text.isBlank()) {
            problem(path + ".text", "missing; every question needs the words patients see");
        }
        List<QuestionnaireWording.Choice> choices = List.of();
        Optional<QuestionnaireWording.NumberEntry> number = Optional.empty();
        QuestionnaireItemType type = given.getType();
        if (type == null || type == QuestionnaireItemType.NULL) {
            problem(path + ".type", "missing; expected choice or integer");
        } else if (type == QuestionnaireItemType.CHOICE
                || type == QuestionnaireItemType.OPENCHOICE
                || (type == QuestionnaireItemType.INTEGER && given.hasAnswerOption())) {
            choices = choices(given, item.get(), path);
        } else if (type == QuestionnaireItemType.INTEGER) {
            Item range = item.get();
            number = Optional.of(new QuestionnaireWording.NumberEntry(
                    range.min(), range.max(), Optional.empty(), Optional.empty(), Optional.empty()));
        } else {
            problem(
                    path + ".type",
                    type.toCode() + " cannot give a whole-number answer to " + linkId + "; expected choice or integer");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new QuestionnaireWording.Question(linkId, text.strip(), Optional.empty(), choices, number));
    }

    private List<QuestionnaireWording.Choice> choices(QuestionnaireItemComponent given, Item item, String path) {
        if (given.getType() == QuestionnaireItemType.OPENCHOICE) {
            problem(
                    path + ".type",
                    "open-choice lets patients type their own answer, which cannot be scored; use choice");
        }
        if (!given.hasAnswerOption()) {
            problem(
                    path + ".answerOption",
                    given.hasAnswerValueSet()
                            ? "missing; answers given only as answerValueSet cannot be checked, list them as answerOption"
                            : "missing; list the answers as answerOption");
            return List.of();
        }
        List<QuestionnaireWording.Choice> choices = new ArrayList<>();
        Map<Integer, String> valueAt = new HashMap<>();
        List<QuestionnaireItemAnswerOptionComponent> options = given.getAnswerOption();
        for (int index = 0; index < options.size(); index++) {
            String optionPath = path + ".answerOption[" + index + "]";
            choice(options.get(index), item, optionPath).ifPresent(choice -> {
                String firstPath = valueAt.putIfAbsent(choice.value(), optionPath);
                if (firstPath != null) {
                    problem(optionPath, "offers " + choice.value() + " again (first at " + firstPath + ")");
                } else {
                    choices.add(choice);
                }
            });
        }
        return choices;
    }

    private Optional<QuestionnaireWording.Choice> choice(
            QuestionnaireItemAnswerOptionComponent option, Item item, String path) {
        String allowed = "an answer of " + item.id() + " is a whole number from " + item.min() + " to " + item.max();
        if (option.hasValueIntegerType()) {
            Integer value = option.getValueIntegerType().getValue();
            if (value == null) {
                problem(path + ".valueInteger", "not a whole number; " + allowed);
                return Optional.empty();
            }
            return within(value, item, path + ".valueInteger", allowed)
                    .map(valid -> new QuestionnaireWording.Choice(valid, String.valueOf(valid)));
        }
        if (option.hasValueCoding()) {
            Coding coding = option.getValueCoding();
            String code = coding.getCode() == null ? "" : coding.getCode().strip();
            Optional<Integer> value = Optional.empty();
            if (WHOLE_NUMBER.matcher(code).matches()) {
                value = within(Integer.parseInt(code), item, path + ".valueCoding.code", allowed);
            } else {
                problem(
                        path + ".valueCoding.code",
                        (code.isEmpty() ? "missing" : "\"" + code + "\" is not a whole number")
                                + "; the code is the value scored, and " + allowed);
            }
            String label = coding.getDisplay();
            if (label == null || label.isBlank()) {
                problem(path + ".valueCoding.display", "missing; every answer needs the words patients see");
                return Optional.empty();
            }
            return value.map(valid -> new QuestionnaireWording.Choice(valid, label.strip()));
        }
        problem(path, "expected valueCoding or valueInteger; " + allowed);
        return Optional.empty();
    }

    private Optional<Integer> within(int value, Item item, String path, String allowed) {
        if (!item.allows(value)) {
            problem(path, value + " is not an allowed answer; " + allowed);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private void problem(String field, String message) {
        problems.add(new Problem.FieldError(field, message));
    }
}
