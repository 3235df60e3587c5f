package org.spinechoice.decision;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.spinechoice.triage.Intake;
import org.spinechoice.vocabulary.HealthFactor;
import org.spinechoice.vocabulary.IntakeRegion;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.Preference;
import org.spinechoice.vocabulary.Sex;
import org.spinechoice.vocabulary.Symptom;
import org.spinechoice.vocabulary.SymptomCourse;
import org.spinechoice.vocabulary.WarningSign;

/**
 * A valid intake of a 60-year-old with stable symptoms and no warning sign, no health factor, nothing tried and no
 * preference, to which a test adds only what its rule looks at. Not thread-safe; build one per test.
 */
final class IntakeFixture {

    private final IntakeRegion region;
    private SymptomCourse course = SymptomCourse.STABLE;
    private final Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
    private final Set<WarningSign> warningSigns = EnumSet.noneOf(WarningSign.class);
    private final Set<HealthFactor> healthFactors = EnumSet.noneOf(HealthFactor.class);
    private final Set<OptionId> triedOptions = EnumSet.noneOf(OptionId.class);
    private final Map<Preference, Integer> preferences = new EnumMap<>(Preference.class);

    private IntakeFixture(IntakeRegion region) {
        this.region = region;
    }

    static IntakeFixture in(IntakeRegion region) {
        return new IntakeFixture(region);
    }

    IntakeFixture course(SymptomCourse newCourse) {
        course = newCourse;
        return this;
    }

    IntakeFixture symptoms(Symptom... added) {
        symptoms.addAll(Arrays.asList(added));
        return this;
    }

    IntakeFixture warningSigns(WarningSign... added) {
        warningSigns.addAll(Arrays.asList(added));
        return this;
    }

    IntakeFixture healthFactors(HealthFactor... added) {
        healthFactors.addAll(Arrays.asList(added));
        return this;
    }

    IntakeFixture tried(OptionId... added) {
        triedOptions.addAll(Arrays.asList(added));
        return this;
    }

    IntakeFixture weight(Preference preference, int weight) {
        preferences.put(preference, weight);
        return this;
    }

    Intake build() {
        return new Intake(
                region,
                60,
                Sex.UNDISCLOSED,
                OptionalInt.of(12),
                course,
                symptoms,
                warningSigns,
                OptionalInt.empty(),
                healthFactors,
                triedOptions,
                preferences);
    }
}
