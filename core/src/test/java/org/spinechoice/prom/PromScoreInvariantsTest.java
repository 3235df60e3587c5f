package org.spinechoice.prom;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Invariants of scoring over random responses from a fixed seed (plain {@link Random}, so a failure names its seed
 * and answers and reproduces exactly): every answer the reader accepts scores without throwing, scores and subscale
 * means stay in range, and rounded scores agree with an independent whole-number half-up computation.
 */
class PromScoreInvariantsTest {

    private static final long SEED = 20_250_301L;
    private static final int CASES_PER_INSTRUMENT = 3_000;
    private static final double[] UNANSWERED_CHANCE = {0.0, 0.05, 0.15, 0.4, 0.9};

    @Test
    void scoresStayInRangeAndMatchAWholeNumberReference() {
        Random random = new Random(SEED);
        for (Instrument instrument : Instrument.values()) {
            int scoredCount = 0;
            for (int index = 0; index < CASES_PER_INSTRUMENT; index++) {
                Map<String, Object> tree = randomTree(instrument, random);
                AnswerReading reading = AnswerReader.read(instrument, tree);
                assertThat(reading)
                        .as("seed %d, %s %s", SEED, instrument.id(), tree)
                        .isInstanceOf(AnswerReading.Valid.class);
                Map<String, Integer> answers = ((AnswerReading.Valid) reading).answers();
                PromScore result = PromScoring.score(instrument, answers);
                String context = "seed " + SEED + ", " + instrument.id() + " " + answers;
                if (result instanceof PromScore.Scored scored) {
                    checkScored(scored, answers, context);
                    scoredCount++;
                } else {
                    checkIncomplete((PromScore.Incomplete) result, answers, context);
                }
            }
            // Both outcomes must occur, or the sweep proves nothing about one of them.
            assertThat(scoredCount).as(instrument.id()).isBetween(1, CASES_PER_INSTRUMENT - 1);
        }
    }

    private static void checkScored(PromScore.Scored scored, Map<String, Integer> answers, String context) {
        Instrument instrument = scored.instrument();
        int sum = answers.values().stream().mapToInt(Integer::intValue).sum();
        int answered = answers.size();
        assertThat(scored.answered()).as(context).isEqualTo(answered);
        assertThat(scored.missing())
                .as(context)
                .isSubsetOf(instrument.itemIds())
                .doesNotContainAnyElementsOf(answers.keySet());
        scored.score()
                .ifPresent(score -> assertThat(scored.range().orElseThrow().contains(score))
                        .as(context)
                        .isTrue());
        switch (instrument) {
            case ODI -> assertThat(scored.score()).as(context).hasValue(tenths(200L * sum, answered));
            case NDI -> {
                BigDecimal score = tenths(100L * sum, answered);
                assertThat(scored.score()).as(context).hasValue(score);
                assertThat(scored.percent()).as(context).hasValue(score.multiply(BigDecimal.valueOf(2)));
                BigDecimal unrounded = BigDecimal.valueOf(sum * 10.0 / answered);
                assertThat(scored.band()).as(context).hasValue(NeckDisabilityIndex.band(unrounded));
            }
            case ZCQ -> checkSubscales(scored, answers, context);
            default -> assertThat(scored.score()).as(context).hasValue(BigDecimal.valueOf(sum));
        }
        if (instrument != Instrument.ZCQ) {
            assertThat(scored.missing().size() + answered)
                    .as(context)
                    .isEqualTo(instrument.items().size());
        }
    }

    private static void checkSubscales(PromScore.Scored scored, Map<String, Integer> answers, String context) {
        Map<String, String> prefixes =
                Map.of("symptom-severity", "zcq-s", "physical-function", "zcq-f", "satisfaction", "zcq-p");
        for (SubscaleScore subscale : scored.subscales()) {
            String prefix = prefixes.get(subscale.id());
            List<Integer> values = answers.entrySet().stream()
                    .filter(answer -> answer.getKey().startsWith(prefix))
                    .map(Map.Entry::getValue)
                    .toList();
            long items = Instrument.ZCQ.itemIds().stream()
                    .filter(itemId -> itemId.startsWith(prefix))
                    .count();
            boolean notAsked = subscale.id().equals("satisfaction") && values.isEmpty();
            boolean scorable = !notAsked && items - values.size() <= 1;
            assertThat(subscale.mean().isPresent())
                    .as(context + " " + subscale.id())
                    .isEqualTo(scorable);
            assertThat(scored.incomplete().contains(subscale.id())).as(context).isEqualTo(!scorable && !notAsked);
            subscale.mean().ifPresent(mean -> {
                int sum = values.stream().mapToInt(Integer::intValue).sum();
                BigDecimal reference = BigDecimal.valueOf((200L * sum + values.size()) / (2L * values.size()), 2);
                assertThat(mean).as(context).isEqualTo(reference);
                BigDecimal max = BigDecimal.valueOf(prefix.equals("zcq-s") ? 5 : 4);
                assertThat(mean).as(context).isBetween(BigDecimal.ONE, max);
            });
        }
        assertThat(scored.incomplete()).as(context).doesNotContainSequence("symptom-severity", "physical-function");
    }

    private static void checkIncomplete(PromScore.Incomplete incomplete, Map<String, Integer> answers, String context) {
        Instrument instrument = incomplete.instrument();
        if (instrument == Instrument.ZCQ) {
            assertThat(incomplete.missing().stream()
                            .filter(itemId -> itemId.startsWith("zcq-s"))
                            .count())
                    .as(context)
                    .isGreaterThan(1);
            assertThat(incomplete.missing().stream()
                            .filter(itemId -> itemId.startsWith("zcq-f"))
                            .count())
                    .as(context)
                    .isGreaterThan(1);
        } else {
            assertThat(incomplete.missing())
                    .as(context)
                    .hasSize(instrument.items().size() - answers.size());
            assertThat(incomplete.missing().size()).as(context).isGreaterThan(incomplete.maxMissing());
        }
    }

    /** {@code numerator / denominator / 10} rounded half-up to 1 decimal, in whole-number arithmetic. */
    private static BigDecimal tenths(long numerator, int denominator) {
        return BigDecimal.valueOf((2 * numerator + denominator) / (2L * denominator), 1);
    }

    private static Map<String, Object> randomTree(Instrument instrument, Random random) {
        double unanswered = UNANSWERED_CHANCE[random.nextInt(UNANSWERED_CHANCE.length)];
        Map<String, Object> tree = new HashMap<>();
        for (Item item : instrument.items()) {
            if (random.nextDouble() < unanswered) {
                if (random.nextBoolean()) {
                    tree.put(item.id(), null);
                }
            } else {
                int value = item.min() + random.nextInt(item.max() - item.min() + 1);
                tree.put(item.id(), random.nextBoolean() ? (Object) value : (Object) (double) value);
            }
        }
        return tree;
    }
}
