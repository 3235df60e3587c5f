package org.spinechoice.vocabulary;

/** The sex a person gives in the intake; {@code undisclosed} when not given. */
public enum Sex implements Coded {
    FEMALE("female"),
    MALE("male"),
    OTHER("other"),
    UNDISCLOSED("undisclosed");

    private final String id;

    Sex(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
