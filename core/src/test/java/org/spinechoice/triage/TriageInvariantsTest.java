package org.spinechoice.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.spinechoice.vocabulary.Coded;
import org.spinechoice.vocabulary.IntakeRegion;
import org.spinechoice.vocabulary.Symptom;
import org.spinechoice.vocabulary.SymptomCourse;
import org.spinechoice.vocabulary.WarningSign;

/**
 * Invariants of triage over 5,000 random intakes from a fixed seed (plain {@link Random}, so a failure names its
 * seed and input and reproduces exactly): more signs never mean less urgency, order and repetition never matter,
 * every reason is a present input, and the overall urgency is the highest finding.
 */
class TriageInvariantsTest {

    private static final long SEED = 20_240_917L;
    private static final int CASES = 5_000;

    @Test
    void addingAnySymptomOrWarningSignNeverLowersUrgencyNorDropsAFinding() {
        forEachRandomInput((input, random) -> {
            TriageResult before = Triage.assess(input);
            for (Symptom symptom : Symptom.values()) {
                Set<Symptom> more = plus(input.symptoms(), symptom, Symptom.class);
                assertNoLowerThan(
                        before,
                        new TriageInput(input.region(), input.age(), input.course(), more, input.warningSigns()),
                        input,
                        symptom);
            }
            for (WarningSign sign : WarningSign.values()) {
                Set<WarningSign> more = plus(input.warningSigns(), sign, WarningSign.class);
                assertNoLowerThan(
                        before,
                        new TriageInput(input.region(), input.age(), input.course(), input.symptoms(), more),
                        input,
                        sign);
            }
        });
    }

    @Test
    void urgencyIsTheHighestFindingAndFindingsAreOnePerRuleInOrder() {
        forEachRandomInput((input, random) -> {
            TriageResult result = Triage.assess(input);
            Urgency highest = result.findings().stream()
                    .map(Finding::urgency)
                    .min(Comparator.naturalOrder())
                    .orElse(Urgency.ROUTINE);

            assertThat(result.urgency()).as("input %s", input).isEqualTo(highest);
            assertThat(result.findings())
                    .as("input %s", input)
                    .extracting(Finding::rule)
                    .doesNotHaveDuplicates();
            assertThat(result.findings())
                    .as("input %s", input)
                    .isSortedAccordingTo(Comparator.comparing(Finding::urgency).thenComparing(Finding::rule));
        });
    }

    @Test
    void everyReasonIsAPresentInputOrADocumentedCondition() {
        forEachRandomInput((input, random) -> {
            List<String> present = new ArrayList<>();
            input.symptoms().forEach(symptom -> present.add(symptom.id()));
            input.warningSigns().forEach(sign -> present.add(sign.id()));
            input.region().ifPresent(region -> present.add("region=" + region.id()));
            present.add("course=" + input.course().id());
            if (input.age().orElse(0) >= 65) {
                present.add("age>=65");
            }

            for (Finding finding : Triage.assess(input).findings()) {
                assertThat(finding.because())
                        .as("%s for input %s", finding.rule().id(), input)
                        .isNotEmpty()
                        .doesNotHaveDuplicates()
                        .isSubsetOf(present)
                        .doesNotContain("region=lumbar", "course=stable", "course=improving")
                        .doesNotContain("course=slowly-worsening");
            }
        });
    }

    @Test
    void shufflingAndRepeatingItemsNeverChangesTheResult() {
        forEachRandomInput((input, random) -> {
            TriageResult direct = Triage.assess(input);
            Map<String, Object> tree = treeOf(input, random, false);
            Map<String, Object> shuffledWithRepeats = treeOf(input, random, true);

            assertThat(Triage.assess(IntakeReader.read(tree).triageInput()))
                    .as("input %s", input)
                    .isEqualTo(direct);
            assertThat(Triage.assess(IntakeReader.read(shuffledWithRepeats).triageInput()))
                    .as("tree %s", shuffledWithRepeats)
                    .isEqualTo(direct);
        });
    }

    @Test
    void typosElsewhereNeverHideARedFlag() {
        forEachRandomInput((input, random) -> {
            Map<String, Object> tree = treeOf(input, random, true);
            List<Object> warningSigns = new ArrayList<>((List<?>) tree.get("warningSigns"));
            warningSigns.add(random.nextInt(warningSigns.size() + 1), "fevr");
            List<Object> symptoms = new ArrayList<>((List<?>) tree.get("symptoms"));
            symptoms.add(random.nextInt(symptoms.size() + 1), "weaknes");
            tree.put("warningSigns", warningSigns);
            tree.put("symptoms", symptoms);
            tree.put("walkingMinutes", 601);
            tree.put("notes", "started after gardening");

            IntakeReading reading = IntakeReader.read(tree);

            assertThat(reading).as("tree %s", tree).isInstanceOf(IntakeReading.Invalid.class);
            assertThat(Triage.assess(reading.triageInput())).as("tree %s", tree).isEqualTo(Triage.assess(input));
        });
    }

    private static void forEachRandomInput(BiConsumer<TriageInput, Random> check) {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            try {
                check.accept(randomInput(random), random);
            } catch (AssertionError failure) {
                throw new AssertionError("seed " + SEED + ", case " + i + ": " + failure.getMessage(), failure);
            }
        }
    }

    private static TriageInput randomInput(Random random) {
        IntakeRegion[] regions = IntakeRegion.values();
        int regionPick = random.nextInt(regions.length + 1);
        Optional<IntakeRegion> region =
                regionPick == regions.length ? Optional.empty() : Optional.of(regions[regionPick]);
        int agePick = random.nextInt(10);
        OptionalInt age = agePick == 0
                ? OptionalInt.empty()
                : agePick < 4 ? OptionalInt.of(63 + random.nextInt(4)) : OptionalInt.of(18 + random.nextInt(103));
        SymptomCourse course = SymptomCourse.values()[random.nextInt(SymptomCourse.values().length)];
        return new TriageInput(
                region, age, course, subset(random, Symptom.class, 0.25), subset(random, WarningSign.class, 0.12));
    }

    private static <E extends Enum<E>> Set<E> subset(Random random, Class<E> type, double chance) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if (random.nextDouble() < chance) {
                chosen.add(value);
            }
        }
        return chosen;
    }

    /** A parsed JSON tree for the input; with repeats, arrays are shuffled and some items written twice. */
    private static Map<String, Object> treeOf(TriageInput input, Random random, boolean shuffleAndRepeat) {
        Map<String, Object> tree = new LinkedHashMap<>();
        input.region().ifPresent(region -> tree.put("region", region.id()));
        input.age().ifPresent(age -> tree.put("age", random.nextBoolean() ? (Object) age : (Object) (double) age));
        tree.put("course", input.course().id());
        tree.put("symptoms", items(input.symptoms().stream(), random, shuffleAndRepeat));
        tree.put("warningSigns", items(input.warningSigns().stream(), random, shuffleAndRepeat));
        return tree;
    }

    private static List<Object> items(Stream<? extends Coded> values, Random random, boolean shuffleAndRepeat) {
        List<Object> items = new ArrayList<>(values.map(Coded::id).toList());
        if (shuffleAndRepeat) {
            for (Object item : List.copyOf(items)) {
                if (random.nextBoolean()) {
                    items.add(item);
                }
            }
            Collections.shuffle(items, random);
        }
        return items;
    }

    private static <E extends Enum<E>> Set<E> plus(Set<E> values, E added, Class<E> type) {
        Set<E> more = EnumSet.noneOf(type);
        more.addAll(values);
        more.add(added);
        return more;
    }

    private static void assertNoLowerThan(TriageResult before, TriageInput more, TriageInput input, Coded added) {
        TriageResult after = Triage.assess(more);
        assertThat(before.urgency().isMoreUrgentThan(after.urgency()))
                .as("adding %s to %s lowered %s to %s", added.id(), input, before.urgency(), after.urgency())
                .isFalse();
        for (Finding finding : before.findings()) {
            assertThat(Vignettes.findingsOf(after, finding.rule()))
                    .as(
                            "adding %s to %s lowered %s",
                            added.id(), input, finding.rule().id())
                    .singleElement()
                    .satisfies(raised -> assertThat(finding.urgency().isMoreUrgentThan(raised.urgency()))
                            .isFalse());
        }
    }
}
