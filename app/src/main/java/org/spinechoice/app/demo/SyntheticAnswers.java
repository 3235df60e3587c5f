package org.spinechoice.app.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.Item;

/**
 * Draws the item answers of one questionnaire from a demo patient's {@link Symptoms}: each answer lies near where the
 * symptoms put it on the item's scale, with some noise, and always inside the item's allowed values, so that core's
 * scoring takes them as a patient's. Stateless and thread-safe.
 */
final class SyntheticAnswers {

    /** The spread of an answer around where the symptoms put it, in steps of the item's scale. */
    private static final double NOISE = 0.6;

    private static final int MOST_WALKING_MINUTES = 120;

    private SyntheticAnswers() {}

    /**
     * The answers to {@code instrument}. ZCQ satisfaction is answered only {@code afterTreatment}; the ODI's sex-life
     * section is left out when {@code skipSexLife}, as many people do.
     */
    static Map<String, Integer> of(
            Instrument instrument,
            Symptoms symptoms,
            boolean afterTreatment,
            boolean skipSexLife,
            RandomGenerator random) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        switch (instrument) {
            case ODI, NDI -> {
                for (Item item : instrument.items()) {
                    answers.put(item.id(), scaled(item, symptoms.disability(), random));
                }
                if (instrument == Instrument.ODI && skipSexLife) {
                    answers.remove("odi-8");
                }
            }
            case ZCQ -> {
                for (Item item : instrument.items()) {
                    if (item.id().startsWith("zcq-p")) {
                        if (afterTreatment) {
                            answers.put(item.id(), scaled(item, 1 - symptoms.relief(), random));
                        }
                    } else {
                        answers.put(item.id(), scaled(item, symptoms.disability(), random));
                    }
                }
            }
            case NRS_BACK, NRS_NECK ->
                answers.put("nrs", scaled(instrument.items().get(0), symptoms.axialPain(), random));
            case NRS_LEG, NRS_ARM ->
                answers.put("nrs", scaled(instrument.items().get(0), symptoms.limbPain(), random));
            case WALKING -> answers.put("walking-minutes", walkingMinutes(symptoms.disability(), random));
            case MJOA -> {
                // Higher is better on the mJOA: a deficit of 0 gives each item its best answer.
                for (Item item : instrument.items()) {
                    answers.put(item.id(), item.max() + item.min() - scaled(item, symptoms.myelopathy(), random));
                }
            }
            case SURE -> {
                for (Item item : instrument.items()) {
                    answers.put(item.id(), random.nextDouble() < 0.85 ? 1 : 0);
                }
            }
        }
        return answers;
    }

    /** An answer where {@code level} (0..1) puts it on the item's scale, give or take the noise. */
    private static int scaled(Item item, double level, RandomGenerator random) {
        double steps = item.max() - item.min();
        double answer = item.min() + level * steps + random.nextGaussian() * NOISE;
        return clamp((int) Math.round(answer), item.min(), item.max());
    }

    /** Minutes of walking, in the round numbers people give: long when disability is low, short when high. */
    private static int walkingMinutes(double disability, RandomGenerator random) {
        double ability = 1 - disability;
        double minutes = MOST_WALKING_MINUTES * ability * ability + random.nextGaussian() * 5;
        return clamp((int) Math.round(minutes / 5) * 5, 0, 600);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
