package org.spinechoice.outcome;

/** A share of a group with its 95% Wilson interval. */
public record Proportion(int count, int of, double rate, Interval ci) {

    public static Proportion of(int count, int of) {
        return new Proportion(count, of, (double) count / of, WilsonInterval.of(count, of));
    }
}
