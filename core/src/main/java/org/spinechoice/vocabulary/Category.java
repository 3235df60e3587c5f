package org.spinechoice.vocabulary;

/** The kind of treatment an option is, used to group options on the pages. */
public enum Category implements Coded {
    SELF_CARE("self-care"),
    EXERCISE("exercise"),
    DEVICE("device"),
    MEDICINE("medicine"),
    INJECTION("injection"),
    COMPLEMENTARY("complementary"),
    SURGERY("surgery");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
