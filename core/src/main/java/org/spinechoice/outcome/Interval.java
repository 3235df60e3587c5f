package org.spinechoice.outcome;

/** A two-sided confidence interval, both ends included. */
public record Interval(double lower, double upper) {

    public Interval {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("an interval runs from low to high: " + lower + " to " + upper);
        }
    }

    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    public double width() {
        return upper - lower;
    }
}
