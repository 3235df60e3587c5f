package org.spinechoice.app.clinic.chart;

import java.util.Objects;

/** A mark on an axis: where it is, in the chart's coordinates, and what it says. */
public record Tick(double position, String label) {

    public Tick {
        Objects.requireNonNull(label, "label");
    }
}
