package org.spinechoice.app.clinic.outcomepage;

/**
 * Maps values from {@code min} to {@code max} onto SVG coordinates from {@code start} to {@code end}; {@code end} may
 * be smaller than {@code start}, as on a vertical axis where higher values sit higher.
 */
record LinearScale(double min, double max, double start, double end) {

    LinearScale {
        if (!(min < max)) {
            throw new IllegalArgumentException("a scale runs from a smaller to a larger value: " + min + ", " + max);
        }
    }

    double at(double value) {
        return start + (end - start) * (value - min) / (max - min);
    }
}
