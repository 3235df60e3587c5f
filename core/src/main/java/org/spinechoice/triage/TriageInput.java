package org.spinechoice.triage;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.spinechoice.vocabulary.IntakeRegion;
import org.spinechoice.vocabulary.Symptom;
import org.spinechoice.vocabulary.SymptomCourse;
import org.spinechoice.vocabulary.WarningSign;

/**
 * What the red-flag rules look at. Built from a valid intake, or from the valid parts of an invalid one, so that a
 * mistake elsewhere in the intake never hides a warning sign: a missing region or age simply cannot add reasons.
 */
public record TriageInput(
        Optional<IntakeRegion> region,
        OptionalInt age,
        SymptomCourse course,
        Set<Symptom> symptoms,
        Set<WarningSign> warningSigns) {

    public TriageInput {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(course, "course");
        symptoms = symptoms.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(symptoms));
        warningSigns = warningSigns.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(warningSigns));
    }

    public boolean has(Symptom symptom) {
        return symptoms.contains(symptom);
    }

    public boolean has(WarningSign sign) {
        return warningSigns.contains(sign);
    }
}
