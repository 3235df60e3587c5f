package org.spinechoice.app.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.spinechoice.prom.Timepoint;
import org.spinechoice.vocabulary.OptionId;

/**
 * Every figure the demo data is drawn from, in one place.
 *
 * <p><strong>These numbers are invented for demonstration. They are NOT clinical evidence</strong>, not taken from
 * any study, and must never be quoted as how well a treatment works. They only give the demo clinic a believable
 * shape: options that differ, patients lost to follow-up, late questionnaires, a few adverse events.
 */
final class InventedParameters {

    /**
     * One row per option. weight: how often it is chosen, relatively; sessions and weeks apart: the plan, a range;
     * kind: what a session records; better: the chance a patient improves at all; gain: the share of baseline
     * symptoms an improving patient loses at the peak; recovery: {@link Recovery}; stops: the chance a course of two
     * or more sessions stops early; adverse: the chance a course records an adverse event.
     */
    private static final String TABLE = """
            option                        weight sessions weeks kind             better gain recovery      stops adverse
            watchful-waiting                   6 1-2      12    other            0.25   0.35 steady        0.00  0.000
            physical-therapy                  16 6-12     1     physical-therapy 0.45   0.45 gradual       0.20  0.010
            brace                              2 1        0     other            0.30   0.35 steady        0.00  0.020
            pain-medication                    9 1-3      4-6   other            0.35   0.35 steady        0.15  0.050
            nerve-pain-medication              6 1-3      4-6   other            0.30   0.40 steady        0.25  0.080
            epidural-steroid-injection        12 1-3      4-8   injection        0.50   0.50 early-fading  0.10  0.030
            prolotherapy                       8 3-6      4-6   injection        0.40   0.45 gradual       0.20  0.030
            acupuncture                        5 6-10     1     other            0.35   0.35 gradual       0.20  0.010
            chiropractic                       5 6-12     1-2   other            0.35   0.35 gradual       0.20  0.010
            nutrition-weight                   3 3-6      4     other            0.25   0.30 gradual       0.30  0.000
            decompression-surgery             12 1        0     surgery          0.65   0.60 early-lasting 0.00  0.080
            decompression-fusion               5 1        0     surgery          0.60   0.60 early-lasting 0.00  0.100
            minimally-invasive-procedures      4 1        0     surgery          0.50   0.50 early-fading  0.00  0.040
            cervical-surgery                   6 1        0     surgery          0.60   0.55 early-lasting 0.00  0.080
            """;

    static final List<OptionProfile> PROFILES =
            TABLE.lines().skip(1).map(OptionProfile::fromRow).toList();

    /** Of the options that allow the region, the share of courses for the neck, and for the thoracic spine. */
    static final double CERVICAL_SHARE = 0.20;

    static final double THORACIC_SHARE = 0.01;

    /** Patients whose symptoms are mild at baseline, so they have little room to improve. */
    static final double LITTLE_ROOM_SHARE = 0.08;

    /** Courses start over this many days before the load's "today"; a few are still planned. */
    static final int HISTORY_DAYS = 540;

    static final double PLANNED_SHARE = 0.03;

    static final int PLANNED_WITHIN_DAYS = 28;

    /** The chance of still answering at each follow-up, given the patient answered up to the one before. */
    static final Map<Timepoint, Double> STAYS_IN_FOLLOW_UP = new EnumMap<>(Map.of(
            Timepoint.BASELINE, 0.97,
            Timepoint.SIX_WEEKS, 0.92,
            Timepoint.THREE_MONTHS, 0.90,
            Timepoint.SIX_MONTHS, 0.87,
            Timepoint.TWELVE_MONTHS, 0.85));

    /** Patients who do not improve, or whose course stopped, drop out more: their chance of staying times this. */
    static final double STAYS_IF_NOT_IMPROVING = 0.93;

    /** A patient still in follow-up skips one time point now and then, and one questionnaire of a set. */
    static final double SKIPS_TIMEPOINT = 0.05;

    static final double SKIPS_QUESTIONNAIRE = 0.03;

    /** The clinician-rated mJOA is rated at some visits only. */
    static final double RATES_MJOA = 0.60;

    /** Follow-ups answered outside their window (kept at the stated time point and flagged). */
    static final double OUTSIDE_WINDOW_SHARE = 0.06;

    /** How many ODI answers leave out the sex-life section, which the scoring allows. */
    static final double SKIPS_ODI_SEX_LIFE = 0.10;

    private InventedParameters() {}

    static OptionProfile profile(OptionId option) {
        return PROFILES.stream()
                .filter(profile -> profile.option() == option)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo profile for " + option.id()));
    }
}
