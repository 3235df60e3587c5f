package org.spinechoice.triage;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.spinechoice.vocabulary.HealthFactor;
import org.spinechoice.vocabulary.IntakeRegion;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.Preference;
import org.spinechoice.vocabulary.Sex;
import org.spinechoice.vocabulary.Symptom;
import org.spinechoice.vocabulary.SymptomCourse;
import org.spinechoice.vocabulary.WarningSign;

/**
 * A valid symptom intake of {@code spec/intake-and-triage.md}: sets, so duplicates and order never matter, with the
 * contract's defaults applied ({@code sex} undisclosed, {@code course} stable, absent preferences weigh 0).
 */
public record Intake(
        IntakeRegion region,
        int age,
        Sex sex,
        OptionalInt durationWeeks,
        SymptomCourse course,
        Set<Symptom> symptoms,
        Set<WarningSign> warningSigns,
        OptionalInt walkingMinutes,
        Set<HealthFactor> healthFactors,
        Set<OptionId> triedOptions,
        Map<Preference, Integer> preferences) {

    public static final int MIN_AGE = 18;
    public static final int MAX_AGE = 120;
    public static final int MAX_PREFERENCE_WEIGHT = 4;

    public Intake {
        Objects.requireNonNull(region, "region");
        if (age < MIN_AGE || age > MAX_AGE) {
            throw new IllegalArgumentException("age must be from " + MIN_AGE + " to " + MAX_AGE + ": " + age);
        }
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(durationWeeks, "durationWeeks");
        Objects.requireNonNull(course, "course");
        symptoms = immutable(symptoms, Symptom.class);
        warningSigns = immutable(warningSigns, WarningSign.class);
        Objects.requireNonNull(walkingMinutes, "walkingMinutes");
        healthFactors = immutable(healthFactors, HealthFactor.class);
        triedOptions = immutable(triedOptions, OptionId.class);
        EnumMap<Preference, Integer> weights = new EnumMap<>(Preference.class);
        preferences.forEach((preference, weight) -> {
            if (weight < 0 || weight > MAX_PREFERENCE_WEIGHT) {
                throw new IllegalArgumentException(preference.id() + " must weigh 0 to 4: " + weight);
            }
            weights.put(preference, weight);
        });
        preferences = Map.copyOf(weights);
    }

    /** The weight (0–4) the person gave a preference; 0 when not given. */
    public int weight(Preference preference) {
        return preferences.getOrDefault(preference, 0);
    }

    /** What the red-flag rules look at. */
    public TriageInput triageInput() {
        return new TriageInput(Optional.of(region), OptionalInt.of(age), course, symptoms, warningSigns);
    }

    private static <E extends Enum<E>> Set<E> immutable(Set<E> values, Class<E> type) {
        return values.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(values));
    }
}
