package org.spinechoice.outcome;

/**
 * The Wilson score interval for a proportion (Wilson 1927; recommended by Newcombe 1998 and Brown, Cai and DasGupta
 * 2001): unlike the textbook "p ± 1.96 × standard error" it never leaves 0 to 1 and keeps its coverage for the small
 * groups and extreme rates a single clinic sees.
 */
public final class WilsonInterval {

    private WilsonInterval() {}

    /** The 95% interval for {@code successes} out of {@code trials}; {@code trials} must be at least 1. */
    public static Interval of(int successes, int trials) {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException(
                    "a proportion needs 0 <= successes <= trials and trials >= 1, got " + successes + " of " + trials);
        }
        double z = Confidence.Z;
        double n = trials;
        double p = successes / n;
        double zSquared = z * z;
        double centre = (p + zSquared / (2 * n)) / (1 + zSquared / n);
        double halfWidth = z / (1 + zSquared / n) * Math.sqrt(p * (1 - p) / n + zSquared / (4 * n * n));
        // The exact bounds at 0 and at n are 0 and 1; rounding must not push them past.
        double lower = successes == 0 ? 0 : Math.max(0, centre - halfWidth);
        double upper = successes == trials ? 1 : Math.min(1, centre + halfWidth);
        return new Interval(lower, upper);
    }
}
