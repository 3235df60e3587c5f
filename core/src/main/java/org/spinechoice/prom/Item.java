package org.spinechoice.prom;

import java.util.Objects;

/**
 * One question of an instrument, by the id used in JSON and as a FHIR {@code linkId}, with the lowest and highest
 * whole-number answer it accepts.
 */
public record Item(String id, int min, int max) {

    public Item {
        Objects.requireNonNull(id, "id");
        if (id.isBlank() || min > max) {
            throw new IllegalArgumentException("item '" + id + "' needs an id and min <= max, got " + min + ".." + max);
        }
    }

    /** Whether {@code value} is an allowed answer. */
    public boolean allows(int value) {
        return value >= min && value <= max;
    }
}
