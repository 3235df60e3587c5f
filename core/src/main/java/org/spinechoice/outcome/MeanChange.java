package org.spinechoice.outcome;

/**
 * The mean of paired changes (follow-up minus baseline) with its t-based 95% interval.
 *
 * @param n how many changes
 * @param mean their mean
 * @param standardDeviation their sample standard deviation (n − 1 in the denominator)
 * @param ci mean ± t(0.975, n − 1) × standard deviation / √n
 */
public record MeanChange(int n, double mean, double standardDeviation, Interval ci) {

    /** The mean and its interval; at least 2 changes are needed for a spread. */
    public static MeanChange of(double[] changes) {
        int n = changes.length;
        if (n < 2) {
            throw new IllegalArgumentException("a t interval needs at least 2 values, got " + n);
        }
        double sum = 0;
        for (double change : changes) {
            sum += change;
        }
        double mean = sum / n;
        double squares = 0;
        for (double change : changes) {
            squares += (change - mean) * (change - mean);
        }
        double standardDeviation = Math.sqrt(squares / (n - 1));
        double halfWidth = Confidence.t(n - 1) * standardDeviation / Math.sqrt(n);
        return new MeanChange(n, mean, standardDeviation, new Interval(mean - halfWidth, mean + halfWidth));
    }
}
