package org.spinechoice.app.prom;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.Item;

/**
 * The words of one version of a questionnaire: what the pages show for each item of an instrument, and which answer
 * each choice stands for. Scoring never depends on it. SpineChoice's own wording ({@link SpineChoiceWording}) carries
 * the note that it is not the validated text; a clinic's licensed wording ({@link QuestionnaireImport}) does not.
 *
 * <p>Checked when built: the questions are exactly the instrument's items, each once, and every value offered is one
 * the instrument accepts. A licensed version may offer fewer values than the instrument accepts (some ZCQ versions
 * offer only 1, 3 and 5), never others. Immutable and thread-safe.
 *
 * @param version names the wording a response was given in, such as {@code spinechoice-1}; stored with each response
 * @param intro the text shown before the first question, if any
 * @param licensed whether this is a clinic's licensed wording rather than ours
 * @param wordingNote the note shown with our wording; empty exactly when licensed
 * @param questions in the order the pages ask them
 */
public record QuestionnaireWording(
        Instrument instrument,
        String version,
        String title,
        Optional<String> intro,
        boolean licensed,
        Optional<String> wordingNote,
        List<Question> questions) {

    /** The ZCQ satisfaction items, asked only after treatment ({@code spec/proms.md}). */
    private static final String AFTER_TREATMENT_PREFIX = "zcq-p";

    public QuestionnaireWording {
        Objects.requireNonNull(instrument, "instrument");
        requireText(version, "version");
        requireText(title, "title");
        Objects.requireNonNull(intro, "intro");
        Objects.requireNonNull(wordingNote, "wordingNote");
        questions = List.copyOf(questions);
        if (licensed == wordingNote.isPresent()) {
            throw new IllegalArgumentException("our wording carries its note and licensed wording does not");
        }
        Set<String> seen = new HashSet<>();
        for (Question question : questions) {
            Item item = instrument
                    .item(question.linkId())
                    .orElseThrow(() -> new IllegalArgumentException(
                            "'" + question.linkId() + "' is not an item of " + instrument.id()));
            if (!seen.add(question.linkId())) {
                throw new IllegalArgumentException("'" + question.linkId() + "' is asked twice");
            }
            question.requireWithin(item);
        }
        List<String> missing = instrument.itemIds().stream()
                .filter(itemId -> !seen.contains(itemId))
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(instrument.id() + " wording lacks " + String.join(", ", missing));
        }
    }

    /** Whether only clinicians may use this wording: the instrument is never sent to patients (the mJOA). */
    public boolean clinicianOnly() {
        return !instrument.answerableByLink();
    }

    /** The question for an item, by its id. */
    public Optional<Question> question(String linkId) {
        return questions.stream()
                .filter(question -> question.linkId().equals(linkId))
                .findFirst();
    }

    /**
     * The questions to show: all of them after treatment; before it, all but the ZCQ satisfaction items, which ask
     * about the result of a treatment.
     */
    public List<Question> questionsToAsk(boolean afterTreatment) {
        return questions.stream()
                .filter(question -> afterTreatment || !askedOnlyAfterTreatment(question.linkId()))
                .toList();
    }

    /** Whether the item asks about the result of a treatment, so is asked only after one. */
    public static boolean askedOnlyAfterTreatment(String linkId) {
        return linkId.startsWith(AFTER_TREATMENT_PREFIX);
    }

    /**
     * One question: its prompt and either the choices offered or, for a number the patient types or picks (pain
     * 0-10, walking minutes), its range.
     *
     * @param linkId the instrument's item id, also the FHIR {@code linkId}
     * @param hint a short help text under the prompt, if any
     * @param choices the answers offered, in the order shown; empty for a number
     * @param number the range of a number answer; empty for choices
     */
    public record Question(
            String linkId, String prompt, Optional<String> hint, List<Choice> choices, Optional<NumberEntry> number) {

        public Question {
            requireText(linkId, "linkId");
            requireText(prompt, linkId + " prompt");
            Objects.requireNonNull(hint, "hint");
            Objects.requireNonNull(number, "number");
            choices = List.copyOf(choices);
            if (choices.isEmpty() == number.isEmpty()) {
                throw new IllegalArgumentException(linkId + " offers either choices or a number, not both or neither");
            }
            if (choices.stream().map(Choice::value).distinct().count() != choices.size()) {
                throw new IllegalArgumentException(linkId + " offers a value twice");
            }
        }

        /** Every value this question can give back. */
        public List<Integer> values() {
            return number.map(range -> IntStream.rangeClosed(range.min(), range.max())
                            .boxed()
                            .toList())
                    .orElseGet(() -> choices.stream().map(Choice::value).toList());
        }

        private void requireWithin(Item item) {
            List<Integer> outside =
                    values().stream().filter(value -> !item.allows(value)).toList();
            if (!outside.isEmpty()) {
                throw new IllegalArgumentException(
                        linkId + " offers " + outside + ", outside " + item.min() + ".." + item.max());
            }
        }
    }

    /** One answer offered: the value stored and scored, and the words shown for it. */
    public record Choice(int value, String label) {
        public Choice {
            requireText(label, "label of " + value);
        }
    }

    /**
     * A whole-number answer from {@code min} to {@code max}, with words for its ends (for pain: "no pain" and "the
     * worst pain you can imagine") and its unit, when it has them.
     */
    public record NumberEntry(
            int min, int max, Optional<String> lowLabel, Optional<String> highLabel, Optional<String> unit) {
        public NumberEntry {
            Objects.requireNonNull(lowLabel, "lowLabel");
            Objects.requireNonNull(highLabel, "highLabel");
            Objects.requireNonNull(unit, "unit");
            if (min > max) {
                throw new IllegalArgumentException("min " + min + " above max " + max);
            }
        }
    }

    private static void requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
