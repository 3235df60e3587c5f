package org.spinechoice.vocabulary;

/** A health factor a person can report in the intake; option cautions are written over these. */
public enum HealthFactor implements Coded {
    ANTICOAGULANTS("anticoagulants"),
    BLEEDING_DISORDER("bleeding-disorder"),
    DIABETES("diabetes"),
    HEART_OR_LUNG_DISEASE("heart-or-lung-disease"),
    KIDNEY_DISEASE("kidney-disease"),
    STOMACH_ULCER_OR_BLEEDING("stomach-ulcer-or-bleeding"),
    PREGNANCY("pregnancy"),
    LOCAL_ANAESTHETIC_ALLERGY("local-anaesthetic-allergy"),
    SMOKER("smoker"),
    OBESITY("obesity"),
    FALLS_RISK("falls-risk");

    private final String id;

    HealthFactor(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
