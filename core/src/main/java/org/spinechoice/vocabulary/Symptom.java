package org.spinechoice.vocabulary;

/** A symptom a person can report in the intake, in the order of the intake contract. */
public enum Symptom implements Coded {
    BACK_PAIN("back-pain"),
    NECK_PAIN("neck-pain"),
    LEG_PAIN("leg-pain"),
    ARM_PAIN("arm-pain"),
    NUMBNESS_TINGLING("numbness-tingling"),
    WEAKNESS("weakness"),
    WALKING_LEG_SYMPTOMS("walking-leg-symptoms"),
    HAND_CLUMSINESS("hand-clumsiness"),
    BALANCE_PROBLEMS("balance-problems");

    private final String id;

    Symptom(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
