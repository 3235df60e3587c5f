package org.spinechoice.app.clinic.outcome;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.spinechoice.vocabulary.SpinalRegion;

/**
 * Which courses the outcome figures count: optionally only one clinician's, one region's, or those started within a
 * period (both ends included).
 */
public record OutcomeFilter(
        Optional<String> clinicianId, Optional<SpinalRegion> region, Optional<LocalDate> from, Optional<LocalDate> to) {

    public static final OutcomeFilter ALL =
            new OutcomeFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public OutcomeFilter {
        Objects.requireNonNull(clinicianId, "clinicianId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
