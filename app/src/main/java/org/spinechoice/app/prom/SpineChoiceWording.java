package org.spinechoice.app.prom;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.Item;
import org.spinechoice.prom.NumericRatingScale;

/**
 * SpineChoice's own wording of every questionnaire patients answer, read once from {@code messages.properties}. It
 * is short, plain and ours; it is not the validated text, so every version carries the note that says so. The
 * clinician-rated mJOA has none: it is never sent to patients. Immutable and thread-safe.
 */
public final class SpineChoiceWording {

    /** The version stored with responses given in this wording; raise it when a change alters what is asked. */
    public static final String VERSION = "spinechoice-1";

    private final Map<Instrument, QuestionnaireWording> wordings = new EnumMap<>(Instrument.class);

    public SpineChoiceWording(Messages messages) {
        for (Instrument instrument : Instrument.values()) {
            if (instrument.answerableByLink()) {
                wordings.put(instrument, wording(instrument, messages));
            }
        }
    }

    /** Our wording of {@code instrument}; empty for an instrument patients never answer themselves (the mJOA). */
    public Optional<QuestionnaireWording> of(Instrument instrument) {
        return Optional.ofNullable(wordings.get(instrument));
    }

    /** Our wording of every questionnaire patients answer, in the order of {@link Instrument}. */
    public List<QuestionnaireWording> all() {
        return List.copyOf(wordings.values());
    }

    private static QuestionnaireWording wording(Instrument instrument, Messages messages) {
        Keys keys = new Keys(instrument);
        List<QuestionnaireWording.Question> questions = new ArrayList<>();
        for (Item item : instrument.items()) {
            questions.add(new QuestionnaireWording.Question(
                    item.id(),
                    messages.get(keys.prompt(item.id())),
                    Optional.of(keys.hint(item.id())).filter(messages::has).map(messages::get),
                    isNumber(instrument)
                            ? List.of()
                            : IntStream.rangeClosed(item.min(), item.max())
                                    .mapToObj(value -> new QuestionnaireWording.Choice(
                                            value, messages.get(keys.label(item.id(), value))))
                                    .toList(),
                    isNumber(instrument) ? Optional.of(number(instrument, item, messages)) : Optional.empty()));
        }
        return new QuestionnaireWording(
                instrument,
                VERSION,
                messages.get(keys.title()),
                Optional.of(messages.get(keys.intro())),
                false,
                Optional.of(messages.get("prom.note")),
                questions);
    }

    /** Pain ratings and walking minutes are typed or picked as numbers, not chosen from labelled answers. */
    private static boolean isNumber(Instrument instrument) {
        return NumericRatingScale.INSTRUMENTS.contains(instrument) || instrument == Instrument.WALKING;
    }

    private static QuestionnaireWording.NumberEntry number(Instrument instrument, Item item, Messages messages) {
        if (instrument == Instrument.WALKING) {
            return new QuestionnaireWording.NumberEntry(
                    item.min(),
                    item.max(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(messages.get("prom.walking.unit")));
        }
        return new QuestionnaireWording.NumberEntry(
                item.min(),
                item.max(),
                Optional.of(messages.get("prom.nrs.low")),
                Optional.of(messages.get("prom.nrs.high")),
                Optional.empty());
    }

    /**
     * Where each text lives. Most are {@code prom.<instrument>.<item id>[.<value>]}; the ODI and the SURE test reuse
     * the words the symptom check already shows, and the ZCQ shares three answer scales between its items.
     */
    private record Keys(Instrument instrument) {

        String title() {
            return instrument == Instrument.SURE ? "check.step.sure" : prefix() + "title";
        }

        String intro() {
            return instrument == Instrument.SURE ? "check.sure.lead" : prefix() + "intro";
        }

        String prompt(String itemId) {
            return instrument == Instrument.SURE ? "check.sure." + number(itemId) : prefix() + itemId;
        }

        /** The key of the item's hint; most items have none, so the key may not exist. */
        String hint(String itemId) {
            return instrument == Instrument.ODI
                    ? "check.effects.odi." + number(itemId) + ".hint"
                    : prefix() + itemId + ".hint";
        }

        String label(String itemId, int value) {
            return switch (instrument) {
                case ODI -> "check.effects.odi." + number(itemId) + "." + value;
                case SURE -> "check.sure.answer." + value;
                case ZCQ -> zurichScale(itemId) + value;
                default -> prefix() + itemId + "." + value;
            };
        }

        private String zurichScale(String itemId) {
            if (itemId.equals("zcq-s2") || itemId.equals("zcq-f1")) {
                return prefix() + itemId + ".";
            }
            if (itemId.startsWith("zcq-s")) {
                return prefix() + "amount.";
            }
            return prefix() + (itemId.startsWith("zcq-f") ? "managed." : "happy.");
        }

        private String prefix() {
            return "prom." + instrument.id() + ".";
        }

        /** The number at the end of an item id such as {@code odi-8} or {@code sure-2}. */
        private static String number(String itemId) {
            return itemId.substring(itemId.lastIndexOf('-') + 1);
        }
    }
}
