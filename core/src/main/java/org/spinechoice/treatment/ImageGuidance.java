package org.spinechoice.treatment;

import org.spinechoice.vocabulary.Coded;

/** How the needle was guided during an injection, if at all. */
public enum ImageGuidance implements Coded {
    NONE("none"),
    ULTRASOUND("ultrasound"),
    FLUOROSCOPY("fluoroscopy"),
    CT("ct");

    private final String id;

    ImageGuidance(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
