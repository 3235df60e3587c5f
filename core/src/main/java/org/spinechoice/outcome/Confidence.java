package org.spinechoice.outcome;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/** The confidence level every interval of this package uses (95%), and the quantiles it needs. */
final class Confidence {

    static final double LEVEL = 0.95;

    /** The two-sided standard normal quantile, about 1.959964. */
    static final double Z = NormalDistribution.of(0, 1).inverseCumulativeProbability(upperTail());

    private Confidence() {}

    /** The two-sided Student's t quantile with {@code degreesOfFreedom}. */
    static double t(int degreesOfFreedom) {
        return TDistribution.of(degreesOfFreedom).inverseCumulativeProbability(upperTail());
    }

    private static double upperTail() {
        return 1 - (1 - LEVEL) / 2;
    }
}
