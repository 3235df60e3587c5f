package org.spinechoice.app.check;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The steps of the symptom check and decision aid, in order, with the answer fields each one asks. The result of
 * the warning-sign step (triage) is a step of its own, so that an emergency stops the flow there.
 */
public enum CheckStep {
    ABOUT("about", List.of("region", "age", "sex", "symptoms", "course")),
    WARNING_SIGNS("warning-signs", List.of("warningSigns", "signsAsked")),
    RESULT("result", List.of()),
    EFFECTS(
            "effects",
            List.of(
                    "durationAmount",
                    "durationUnit",
                    "walkingMinutes",
                    "odi-1",
                    "odi-2",
                    "odi-3",
                    "odi-4",
                    "odi-5",
                    "odi-6",
                    "odi-7",
                    "odi-8",
                    "odi-9",
                    "odi-10")),
    HEALTH("health", List.of("healthFactors", "triedOptions", "healthAsked")),
    PREFERENCES(
            "preferences",
            List.of(
                    "pref.avoid-surgery",
                    "pref.avoid-needles",
                    "pref.avoid-medication",
                    "pref.quick-relief",
                    "pref.lasting-relief",
                    "pref.few-visits",
                    "pref.low-cost",
                    "pref.strong-evidence")),
    OPTIONS("options", List.of("compare")),
    COMPARE("compare", List.of()),
    SURE("sure", List.of("sure-1", "sure-2", "sure-3", "sure-4")),
    SUMMARY("summary", List.of());

    private final String path;
    private final List<String> fields;

    CheckStep(String path, List<String> fields) {
        this.path = path;
        this.fields = fields;
    }

    public String path() {
        return path;
    }

    /** The answer fields this step asks; every other answer travels through it as a hidden field. */
    public List<String> fields() {
        return fields;
    }

    /** 1-based position, for the progress indicator. */
    public int number() {
        return ordinal() + 1;
    }

    public static int count() {
        return values().length;
    }

    public Optional<CheckStep> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public Optional<CheckStep> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    public static Optional<CheckStep> fromPath(String path) {
        return Arrays.stream(values()).filter(step -> step.path.equals(path)).findFirst();
    }
}
