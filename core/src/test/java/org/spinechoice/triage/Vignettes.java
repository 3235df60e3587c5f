package org.spinechoice.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.spinechoice.vocabulary.Coded;
import org.spinechoice.vocabulary.IntakeRegion;
import org.spinechoice.vocabulary.RedFlagRuleName;
import org.spinechoice.vocabulary.Symptom;
import org.spinechoice.vocabulary.SymptomCourse;
import org.spinechoice.vocabulary.WarningSign;

/**
 * Writes triage vignettes as one line of ids, as a clinician would read them: {@code "region=cervical age=70
 * course=rapidly-worsening hand-clumsiness fever"}. Unless a vignette says otherwise the person is 40, has lumbar
 * symptoms and a stable course; {@code region=none} and {@code age=none} leave them out.
 */
final class Vignettes {

    /** Every nerve or cord sign, in the order the contract defines them. */
    static final List<String> NERVE_OR_CORD_SIGNS = List.of(
            "weakness",
            "numbness-tingling",
            "hand-clumsiness",
            "balance-problems",
            "bladder-retention",
            "bladder-incontinence",
            "bowel-incontinence",
            "saddle-numbness",
            "both-legs-new-severe",
            "sexual-dysfunction-new",
            "weakness-worsening",
            "foot-drop");

    private Vignettes() {}

    /** Reads a vignette line; {@code null} or blank is a person who reports nothing. */
    static TriageInput vignette(String line) {
        Optional<IntakeRegion> region = Optional.of(IntakeRegion.LUMBAR);
        OptionalInt age = OptionalInt.of(40);
        SymptomCourse course = SymptomCourse.STABLE;
        Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
        Set<WarningSign> warningSigns = EnumSet.noneOf(WarningSign.class);
        for (String token : ids(line)) {
            if (token.startsWith("region=")) {
                String id = token.substring("region=".length());
                region = id.equals("none") ? Optional.empty() : Optional.of(known(IntakeRegion.class, id));
            } else if (token.startsWith("age=")) {
                String years = token.substring("age=".length());
                age = years.equals("none") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(years));
            } else if (token.startsWith("course=")) {
                course = known(SymptomCourse.class, token.substring("course=".length()));
            } else if (Coded.fromId(Symptom.class, token).isPresent()) {
                symptoms.add(known(Symptom.class, token));
            } else {
                warningSigns.add(known(WarningSign.class, token));
            }
        }
        return new TriageInput(region, age, course, symptoms, warningSigns);
    }

    /** Splits a space-separated list of ids; {@code null} or blank is the empty list. */
    static List<String> ids(String line) {
        return line == null || line.isBlank()
                ? List.of()
                : Arrays.asList(line.strip().split("\\s+"));
    }

    /** The findings of one rule in a result. */
    static List<Finding> findingsOf(TriageResult result, RedFlagRuleName rule) {
        return result.findings().stream()
                .filter(finding -> finding.rule() == rule)
                .toList();
    }

    /** Asserts that the vignette makes the rule fire once, at that urgency, for exactly these reasons in order. */
    static void assertFires(RedFlagRuleName rule, String line, Urgency urgency, String because) {
        TriageResult result = Triage.assess(vignette(line));

        assertThat(findingsOf(result, rule))
                .as("%s findings for '%s'", rule.id(), line)
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.urgency()).isEqualTo(urgency);
                    assertThat(finding.because()).containsExactlyElementsOf(ids(because));
                });
    }

    /** Asserts that the vignette does not make the rule fire. */
    static void assertSilent(RedFlagRuleName rule, String line) {
        assertThat(findingsOf(Triage.assess(vignette(line)), rule))
                .as("%s for '%s'", rule.id(), line)
                .isEmpty();
    }

    private static <E extends Enum<E> & Coded> E known(Class<E> type, String id) {
        return Coded.fromId(type, id)
                .orElseThrow(() -> new IllegalArgumentException("not a " + type.getSimpleName() + ": " + id));
    }
}
