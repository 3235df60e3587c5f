package org.spinechoice.app.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.spinechoice.treatment.AdverseEventSeverity;
import org.spinechoice.treatment.ImageGuidance;
import org.spinechoice.treatment.SessionDetails;
import org.spinechoice.treatment.SessionKind;
import org.spinechoice.treatment.SpinalLevel;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.SpinalRegion;

/**
 * What a demo session records, and the words of a demo adverse event: plain, believable entries for each option, so
 * that a patient's page in the demo clinic reads like a real one. Not a record of any real treatment. Stateless and
 * thread-safe.
 */
final class DemoSessions {

    private static final List<String> LUMBAR_EXERCISES =
            List.of("Flexion exercises", "Walking programme", "Core stability", "Stationary cycling", "Hip stretches");
    private static final List<String> CERVICAL_EXERCISES =
            List.of("Neck stabilisation", "Posture training", "Shoulder blade strengthening", "Nerve gliding");
    private static final List<String> END_REASONS =
            List.of("No improvement", "Patient chose to stop", "Side effects", "Moved away");

    private DemoSessions() {}

    /** The details of one session of a course of {@code option} in {@code region}. */
    static SessionDetails details(OptionId option, SessionKind kind, SpinalRegion region, RandomGenerator random) {
        switch (kind) {
            case INJECTION:
                return injection(option, region, random);
            case PHYSICAL_THERAPY:
                List<String> exercises = region == SpinalRegion.CERVICAL ? CERVICAL_EXERCISES : LUMBAR_EXERCISES;
                int first = random.nextInt(exercises.size() - 1);
                return new SessionDetails.PhysicalTherapy(
                        exercises.subList(first, first + 2), 30 + 15 * random.nextInt(3));
            case SURGERY:
                return new SessionDetails.Surgery(procedure(option, region), levels(region, random));
            default:
                return new SessionDetails.Other(otherSession(option));
        }
    }

    /** Why a course was stopped early. */
    static String endReason(RandomGenerator random) {
        return pick(END_REASONS, random);
    }

    /** How bad an adverse event was: operations bring more of the worse ones. */
    static AdverseEventSeverity severity(SessionKind kind, RandomGenerator random) {
        double draw = random.nextDouble();
        if (kind == SessionKind.SURGERY) {
            return draw < 0.5
                    ? AdverseEventSeverity.MILD
                    : draw < 0.8
                            ? AdverseEventSeverity.MODERATE
                            : draw < 0.95 ? AdverseEventSeverity.SEVERE : AdverseEventSeverity.SERIOUS;
        }
        return draw < 0.8
                ? AdverseEventSeverity.MILD
                : draw < 0.98 ? AdverseEventSeverity.MODERATE : AdverseEventSeverity.SEVERE;
    }

    /** What happened, in the words a clinician might write. */
    static String adverseEvent(SessionKind kind, OptionId option, RandomGenerator random) {
        switch (kind) {
            case INJECTION:
                return pick(
                        List.of(
                                "Soreness at the injection site",
                                "Headache after the injection",
                                "Brief flare of leg pain"),
                        random);
            case SURGERY:
                return pick(
                        List.of(
                                "Wound infection treated with antibiotics",
                                "Dural tear repaired during the operation",
                                "Urine retention after the operation"),
                        random);
            case PHYSICAL_THERAPY:
                return "Muscle soreness after the exercises";
            default:
                return option == OptionId.PAIN_MEDICATION || option == OptionId.NERVE_PAIN_MEDICATION
                        ? pick(List.of("Drowsiness", "Dizziness", "Stomach upset"), random)
                        : "Pain worse for a few days";
        }
    }

    static Optional<String> adverseEventOutcome(AdverseEventSeverity severity) {
        return severity == AdverseEventSeverity.SERIOUS
                ? Optional.of("Stayed in hospital; recovered")
                : Optional.of("Resolved");
    }

    private static SessionDetails injection(OptionId option, SpinalRegion region, RandomGenerator random) {
        if (option == OptionId.PROLOTHERAPY) {
            return new SessionDetails.Injection(
                    "Dextrose",
                    Optional.of(pick(List.of("12.5%", "15%", "25%"), random)),
                    BigDecimal.valueOf(10 + 5 * random.nextInt(5)),
                    levels(region, random),
                    region == SpinalRegion.CERVICAL ? List.of() : List.of("iliolumbar ligament"),
                    random.nextBoolean() ? ImageGuidance.ULTRASOUND : ImageGuidance.NONE,
                    Optional.empty());
        }
        return new SessionDetails.Injection(
                "Corticosteroid with local anaesthetic",
                Optional.empty(),
                BigDecimal.valueOf(3 + random.nextInt(4)),
                levels(region, random).subList(0, 1),
                List.of(),
                ImageGuidance.FLUOROSCOPY,
                Optional.empty());
    }

    private static List<SpinalLevel> levels(SpinalRegion region, RandomGenerator random) {
        List<String> ids;
        if (region == SpinalRegion.CERVICAL) {
            ids = random.nextBoolean() ? List.of("C5-C6", "C6-C7") : List.of("C5-C6");
        } else if (region == SpinalRegion.THORACIC) {
            ids = List.of("T10-T11");
        } else {
            double draw = random.nextDouble();
            ids = draw < 0.6 ? List.of("L4-L5") : draw < 0.85 ? List.of("L3-L4", "L4-L5") : List.of("L5-S1");
        }
        return ids.stream().map(SpinalLevel::new).toList();
    }

    private static String procedure(OptionId option, SpinalRegion region) {
        switch (option) {
            case DECOMPRESSION_FUSION:
                return "Decompression and posterolateral fusion";
            case MINIMALLY_INVASIVE_PROCEDURES:
                return "Interspinous spacer";
            case CERVICAL_SURGERY:
                return "Anterior cervical discectomy and fusion";
            default:
                return region == SpinalRegion.THORACIC ? "Thoracic laminectomy" : "Laminectomy";
        }
    }

    private static String otherSession(OptionId option) {
        switch (option) {
            case WATCHFUL_WAITING:
                return "Review visit: symptoms checked, advice on staying active";
            case BRACE:
                return "Lumbar brace fitted and its use explained";
            case PAIN_MEDICATION:
                return "Medication review: pain medicine started or adjusted";
            case NERVE_PAIN_MEDICATION:
                return "Medication review: nerve pain medicine started or adjusted";
            case ACUPUNCTURE:
                return "Acupuncture session";
            case CHIROPRACTIC:
                return "Spinal mobilisation and manipulation";
            case NUTRITION_WEIGHT:
                return "Nutrition and weight session";
            default:
                return "Session";
        }
    }

    private static String pick(List<String> choices, RandomGenerator random) {
        return choices.get(random.nextInt(choices.size()));
    }
}
