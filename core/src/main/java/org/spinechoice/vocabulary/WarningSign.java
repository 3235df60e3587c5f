package org.spinechoice.vocabulary;

/** A warning sign asked about plainly in the intake; the red-flag rules are written over these. */
public enum WarningSign implements Coded {
    BLADDER_RETENTION("bladder-retention"),
    BLADDER_INCONTINENCE("bladder-incontinence"),
    BOWEL_INCONTINENCE("bowel-incontinence"),
    SADDLE_NUMBNESS("saddle-numbness"),
    SEXUAL_DYSFUNCTION_NEW("sexual-dysfunction-new"),
    BOTH_LEGS_NEW_SEVERE("both-legs-new-severe"),
    WEAKNESS_WORSENING("weakness-worsening"),
    FOOT_DROP("foot-drop"),
    FEVER("fever"),
    RECENT_INFECTION("recent-infection"),
    IV_DRUG_USE("iv-drug-use"),
    IMMUNOSUPPRESSION("immunosuppression"),
    CANCER_HISTORY("cancer-history"),
    WEIGHT_LOSS_UNEXPLAINED("weight-loss-unexplained"),
    NIGHT_PAIN("night-pain"),
    RECENT_TRAUMA("recent-trauma"),
    OSTEOPOROSIS("osteoporosis"),
    STEROID_LONG_TERM("steroid-long-term");

    private final String id;

    WarningSign(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
