package org.spinechoice.prom;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores the Zurich Claudication Questionnaire, also called the Swiss or Brigham Spinal Stenosis Questionnaire
 * (Stucki G et al. Spine 1996;21:796-803; scoring as in {@code spec/proms.md} and the evidence file, section 4).
 *
 * <p>There is no total: each subscale is the mean of its answered items, rounded half-up to 2 decimals. Symptom
 * severity ({@code zcq-s1..s7}) ranges 1-5, physical function ({@code zcq-f1..f5}) 1-4 and satisfaction
 * ({@code zcq-p1..p6}, asked only after treatment) 1-4; higher is worse. Missing-item rule: a subscale with more than
 * one unanswered item is empty and listed as incomplete, except that satisfaction with no item answered was not
 * asked, so it is empty without being incomplete and its items are not reported missing. When symptom severity and
 * physical function are both empty the response is incomplete. Stateless and thread-safe.
 */
public final class ZurichClaudicationQuestionnaire {

    /** The id of the symptom-severity subscale. */
    public static final String SYMPTOM_SEVERITY = "symptom-severity";

    /** The id of the physical-function subscale. */
    public static final String PHYSICAL_FUNCTION = "physical-function";

    /** The id of the satisfaction subscale, asked only after treatment. */
    public static final String SATISFACTION = "satisfaction";

    /** How many items of each subscale may be unanswered. */
    public static final int MAX_MISSING_PER_SUBSCALE = 1;

    private static final Map<String, String> ITEM_PREFIXES =
            Map.of(SYMPTOM_SEVERITY, "zcq-s", PHYSICAL_FUNCTION, "zcq-f", SATISFACTION, "zcq-p");

    private ZurichClaudicationQuestionnaire() {}

    /** Scores answers keyed by the ZCQ item ids; an absent or null answer is unanswered. */
    public static PromScore score(Map<String, Integer> answers) {
        ItemAnswers given = ItemAnswers.of(Instrument.ZCQ, answers);
        List<SubscaleScore> subscales = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String subscale : List.of(SYMPTOM_SEVERITY, PHYSICAL_FUNCTION, SATISFACTION)) {
            List<String> itemIds = Instrument.ZCQ.itemIds().stream()
                    .filter(itemId -> itemId.startsWith(ITEM_PREFIXES.get(subscale)))
                    .toList();
            List<Integer> values = itemIds.stream()
                    .filter(given.answered()::containsKey)
                    .map(given.answered()::get)
                    .toList();
            List<String> unanswered = itemIds.stream()
                    .filter(itemId -> !given.answered().containsKey(itemId))
                    .toList();
            boolean notAsked = subscale.equals(SATISFACTION) && values.isEmpty();
            if (!notAsked) {
                missing.addAll(unanswered);
            }
            if (notAsked || unanswered.size() > MAX_MISSING_PER_SUBSCALE) {
                subscales.add(new SubscaleScore(subscale, Optional.empty()));
                if (!notAsked) {
                    incomplete.add(subscale);
                }
            } else {
                subscales.add(new SubscaleScore(subscale, Optional.of(mean(values))));
            }
        }
        if (incomplete.containsAll(List.of(SYMPTOM_SEVERITY, PHYSICAL_FUNCTION))) {
            return new PromScore.Incomplete(
                    Instrument.ZCQ,
                    "symptom severity and physical function each have more"
                            + " than " + MAX_MISSING_PER_SUBSCALE + " unanswered item; at most "
                            + MAX_MISSING_PER_SUBSCALE + " per subscale may be unanswered",
                    missing,
                    MAX_MISSING_PER_SUBSCALE);
        }
        return new PromScore.Scored(
                Instrument.ZCQ,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                given.count(),
                missing,
                subscales,
                incomplete,
                Optional.empty(),
                Optional.empty());
    }

    private static BigDecimal mean(List<Integer> values) {
        long sum = values.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
