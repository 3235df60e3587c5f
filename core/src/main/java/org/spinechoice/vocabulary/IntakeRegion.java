package org.spinechoice.vocabulary;

/** The region a person names in the intake: a spinal region, or {@code unsure}. */
public enum IntakeRegion implements Coded {
    LUMBAR("lumbar"),
    CERVICAL("cervical"),
    THORACIC("thoracic"),
    UNSURE("unsure");

    private final String id;

    IntakeRegion(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
