package org.spinechoice.vocabulary;

/** A part of the spine where stenosis occurs. */
public enum SpinalRegion implements Coded {
    LUMBAR("lumbar"),
    CERVICAL("cervical"),
    THORACIC("thoracic");

    private final String id;

    SpinalRegion(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
