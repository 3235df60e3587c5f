package org.spinechoice.vocabulary;

/** How symptoms are changing, as the person describes it; {@code stable} when not given. */
public enum SymptomCourse implements Coded {
    IMPROVING("improving"),
    STABLE("stable"),
    SLOWLY_WORSENING("slowly-worsening"),
    RAPIDLY_WORSENING("rapidly-worsening");

    private final String id;

    SymptomCourse(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
