package org.spinechoice.evidence;

import java.util.Objects;

/**
 * A difference between groups on a scale, with its 95% confidence interval and the smallest change people notice.
 *
 * @param minimalImportantDifference the minimal important difference, in words with its unit
 */
public record MeanDifference(double value, double lower, double upper, String unit, String minimalImportantDifference) {

    public MeanDifference {
        if (!(lower <= value && value <= upper)) {
            throw new IllegalArgumentException(
                    "the confidence interval [" + lower + ", " + upper + "] must contain the value " + value);
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(minimalImportantDifference, "minimalImportantDifference");
    }
}
