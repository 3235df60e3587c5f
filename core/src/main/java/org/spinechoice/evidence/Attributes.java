package org.spinechoice.evidence;

import java.util.Objects;

/** The features of an option that a person's stated preferences are weighed against. */
public record Attributes(
        boolean involvesSurgery,
        boolean involvesNeedles,
        boolean involvesMedication,
        TimeToEffect timeToEffect,
        Durability durability) {

    public Attributes {
        Objects.requireNonNull(timeToEffect, "timeToEffect");
        Objects.requireNonNull(durability, "durability");
    }
}
