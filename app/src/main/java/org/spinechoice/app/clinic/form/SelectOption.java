package org.spinechoice.app.clinic.form;

import java.util.Objects;

/** One choice of a select or a group of radio buttons: the value sent and the words shown. */
public record SelectOption(String value, String label) {

    public SelectOption {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }
}
