package org.spinechoice.triage;

import static org.spinechoice.triage.Urgency.EMERGENCY;
import static org.spinechoice.triage.Urgency.SOON;
import static org.spinechoice.triage.Urgency.URGENT;
import static org.spinechoice.vocabulary.WarningSign.BLADDER_INCONTINENCE;
import static org.spinechoice.vocabulary.WarningSign.BLADDER_RETENTION;
import static org.spinechoice.vocabulary.WarningSign.BOTH_LEGS_NEW_SEVERE;
import static org.spinechoice.vocabulary.WarningSign.BOWEL_INCONTINENCE;
import static org.spinechoice.vocabulary.WarningSign.CANCER_HISTORY;
import static org.spinechoice.vocabulary.WarningSign.FEVER;
import static org.spinechoice.vocabulary.WarningSign.FOOT_DROP;
import static org.spinechoice.vocabulary.WarningSign.IMMUNOSUPPRESSION;
import static org.spinechoice.vocabulary.WarningSign.IV_DRUG_USE;
import static org.spinechoice.vocabulary.WarningSign.NIGHT_PAIN;
import static org.spinechoice.vocabulary.WarningSign.OSTEOPOROSIS;
import static org.spinechoice.vocabulary.WarningSign.RECENT_INFECTION;
import static org.spinechoice.vocabulary.WarningSign.RECENT_TRAUMA;
import static org.spinechoice.vocabulary.WarningSign.SADDLE_NUMBNESS;
import static org.spinechoice.vocabulary.WarningSign.SEXUAL_DYSFUNCTION_NEW;
import static org.spinechoice.vocabulary.WarningSign.STEROID_LONG_TERM;
import static org.spinechoice.vocabulary.WarningSign.WEAKNESS_WORSENING;
import static org.spinechoice.vocabulary.WarningSign.WEIGHT_LOSS_UNEXPLAINED;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinechoice.triage.RedFlagRule.Firing;
import org.spinechoice.vocabulary.IntakeRegion;
import org.spinechoice.vocabulary.RedFlagRuleName;
import org.spinechoice.vocabulary.Symptom;
import org.spinechoice.vocabulary.SymptomCourse;

/**
 * The red-flag rules of {@code spec/intake-and-triage.md}, one named constant per row group of its table, in the
 * table's order. Each rule reports only its highest level, and names every input of that row that is present.
 */
public final class RedFlagRules {

    private static final List<Sign> CAUDA_EQUINA_SIGNS = Sign.of(
            BLADDER_RETENTION,
            BLADDER_INCONTINENCE,
            BOWEL_INCONTINENCE,
            SADDLE_NUMBNESS,
            BOTH_LEGS_NEW_SEVERE,
            SEXUAL_DYSFUNCTION_NEW);
    private static final List<Sign> PROGRESSIVE_DEFICIT_SIGNS = Sign.of(WEAKNESS_WORSENING, FOOT_DROP);
    private static final List<Sign> INFECTION_RISKS = Sign.of(IV_DRUG_USE, IMMUNOSUPPRESSION, RECENT_INFECTION);

    /** Nerve or cord signs, as the contract defines them: four symptoms and the cauda-equina and deficit signs. */
    static final List<Sign> NERVE_OR_CORD_SIGNS = Sign.concat(
            Sign.of(Symptom.WEAKNESS, Symptom.NUMBNESS_TINGLING, Symptom.HAND_CLUMSINESS, Symptom.BALANCE_PROBLEMS),
            CAUDA_EQUINA_SIGNS,
            PROGRESSIVE_DEFICIT_SIGNS);

    private static final String GO_NOW =
            "Go to an emergency department now, or call your emergency number. " + "Do not wait for an appointment. ";
    private static final String WITHIN_DAYS = "See a doctor today or within 1 to 2 days. ";
    private static final String WITHIN_WEEKS = "See a doctor within 1 to 2 weeks. ";
    private static final String IF_WORSE =
            " If you get new weakness or numbness, or bladder or bowel problems, go to " + "an emergency department.";

    /** Signs that the nerves at the bottom of the spine may be badly squeezed. */
    public static final RedFlagRule CAUDA_EQUINA = new RedFlagRule(
            RedFlagRuleName.CAUDA_EQUINA,
            List.of(TriageSources.NICE_CKS_SCIATICA),
            Map.of(
                    EMERGENCY,
                    GO_NOW + "These signs can mean the nerves at the bottom of your spine are badly "
                            + "squeezed. Fast treatment can protect your bladder, bowel and legs."),
            input -> Sign.anyPresent(input, CAUDA_EQUINA_SIGNS)
                    ? fire(EMERGENCY, Sign.present(input, CAUDA_EQUINA_SIGNS))
                    : Optional.empty());

    /** Weakness that is getting worse, or a new foot drop. */
    public static final RedFlagRule PROGRESSIVE_DEFICIT = new RedFlagRule(
            RedFlagRuleName.PROGRESSIVE_DEFICIT,
            List.of(TriageSources.CHOU_2007, TriageSources.NICE_CKS_SCIATICA),
            Map.of(
                    EMERGENCY, GO_NOW + "Weakness that gets worse over hours or days needs to be checked today.",
                    URGENT,
                            WITHIN_DAYS + "A foot that suddenly cannot lift needs a prompt check, and often a "
                                    + "specialist's opinion. If the weakness spreads or gets worse, go to an emergency "
                                    + "department."),
            input -> {
                if (input.has(WEAKNESS_WORSENING)) {
                    return fire(EMERGENCY, List.of(WEAKNESS_WORSENING.id()));
                }
                return input.has(FOOT_DROP) ? fire(URGENT, List.of(FOOT_DROP.id())) : Optional.empty();
            });

    /** Fever, and risks of an infection in the spine. */
    public static final RedFlagRule SPINAL_INFECTION = new RedFlagRule(
            RedFlagRuleName.SPINAL_INFECTION,
            List.of(TriageSources.CHOU_2007),
            Map.of(
                    EMERGENCY,
                            GO_NOW + "Fever with back or neck pain, in someone more likely to get infections, "
                                    + "can mean an infection in the spine. It needs tests and treatment straight away.",
                    URGENT,
                            WITHIN_DAYS + "Tell the doctor about your back or neck pain and your fever or your "
                                    + "higher risk of infection. If you get a fever or chills, see a doctor today."
                                    + IF_WORSE),
            input -> {
                List<String> risks = Sign.present(input, INFECTION_RISKS);
                boolean fever = input.has(FEVER);
                if (fever && !risks.isEmpty()) {
                    return fire(EMERGENCY, Sign.join(List.of(FEVER.id()), risks));
                }
                if (fever || !risks.isEmpty()) {
                    return fire(URGENT, fever ? List.of(FEVER.id()) : risks);
                }
                return Optional.empty();
            });

    /** A history of cancer, or weight loss or night pain that could point to one. */
    public static final RedFlagRule CANCER = new RedFlagRule(
            RedFlagRuleName.CANCER,
            List.of(TriageSources.CHOU_2007, TriageSources.NICE_CKS_SCIATICA),
            Map.of(
                    EMERGENCY,
                            GO_NOW + "After cancer, new weakness, numbness, clumsy hands or poor balance can mean "
                                    + "pressure on the spinal cord. It needs treatment within hours.",
                    URGENT,
                            WITHIN_DAYS + "Tell the doctor you have had cancer: new back or neck pain after cancer "
                                    + "needs a prompt check." + IF_WORSE,
                    SOON,
                            WITHIN_WEEKS + "Weight loss without trying, or constant pain at night, should be checked. "
                                    + "Most often the cause is not serious, but a doctor should look."),
            input -> {
                if (input.has(CANCER_HISTORY)) {
                    List<String> nerveSigns = Sign.present(input, NERVE_OR_CORD_SIGNS);
                    return nerveSigns.isEmpty()
                            ? fire(URGENT, List.of(CANCER_HISTORY.id()))
                            : fire(EMERGENCY, Sign.join(List.of(CANCER_HISTORY.id()), nerveSigns));
                }
                List<String> weakerSigns = Sign.present(input, Sign.of(WEIGHT_LOSS_UNEXPLAINED, NIGHT_PAIN));
                return weakerSigns.isEmpty() ? Optional.empty() : fire(SOON, weakerSigns);
            });

    /** Clumsy hands or poor balance that may come from a squeezed spinal cord. */
    public static final RedFlagRule MYELOPATHY = new RedFlagRule(
            RedFlagRuleName.MYELOPATHY,
            List.of(TriageSources.FEHLINGS_2017),
            Map.of(
                    EMERGENCY,
                            GO_NOW + "Clumsy hands or poor balance that get worse fast can mean the spinal cord "
                                    + "is being squeezed.",
                    URGENT,
                            WITHIN_DAYS + "Clumsy hands or poor balance can be a sign that the spinal cord is "
                                    + "squeezed, most often in the neck. A spine specialist's opinion is usually needed. If "
                                    + "it gets worse quickly, go to an emergency department."),
            RedFlagRules::myelopathy);

    /** Signs that the spine may be broken. */
    public static final RedFlagRule FRACTURE = new RedFlagRule(
            RedFlagRuleName.FRACTURE,
            List.of(TriageSources.CHOU_2007),
            Map.of(
                    EMERGENCY,
                            GO_NOW + "Nerve problems after a fall or accident can mean a broken bone in the spine "
                                    + "pressing on nerves. Move as little as you can, and do not drive yourself.",
                    URGENT,
                            WITHIN_DAYS + "A fall or injury can break a bone in the spine, more so with thin bones "
                                    + "or in older age." + IF_WORSE,
                    SOON,
                            WITHIN_WEEKS + "Thin bones or months of steroid tablets make a small break in the spine "
                                    + "more likely, even without a fall. A doctor can check."),
            RedFlagRules::fracture);

    /** Symptoms that are getting worse quickly. */
    public static final RedFlagRule RAPID_WORSENING = new RedFlagRule(
            RedFlagRuleName.RAPID_WORSENING,
            List.of(TriageSources.NICE_CKS_SCIATICA, TriageSources.CHOU_2007),
            Map.of(URGENT, WITHIN_DAYS + "Symptoms that get worse quickly need a prompt check." + IF_WORSE),
            input -> input.course() == SymptomCourse.RAPIDLY_WORSENING
                    ? fire(URGENT, List.of("course=rapidly-worsening"))
                    : Optional.empty());

    /** Every rule, in the order of the contract's table. */
    public static final List<RedFlagRule> ALL =
            List.of(CAUDA_EQUINA, PROGRESSIVE_DEFICIT, SPINAL_INFECTION, CANCER, MYELOPATHY, FRACTURE, RAPID_WORSENING);

    private RedFlagRules() {}

    private static Optional<Firing> myelopathy(TriageInput input) {
        boolean clumsyHands = input.has(Symptom.HAND_CLUMSINESS);
        boolean balance = input.has(Symptom.BALANCE_PROBLEMS);
        Optional<IntakeRegion> cordRegion = input.region().filter(region -> region != IntakeRegion.LUMBAR);
        boolean neckPain = input.has(Symptom.NECK_PAIN);
        boolean balancePointsToTheCord = balance && (cordRegion.isPresent() || neckPain);
        if (!clumsyHands && !balancePointsToTheCord) {
            return Optional.empty();
        }
        List<String> because = new ArrayList<>();
        if (clumsyHands) {
            because.add(Symptom.HAND_CLUMSINESS.id());
        }
        if (balance) {
            because.add(Symptom.BALANCE_PROBLEMS.id());
        }
        cordRegion.ifPresent(region -> because.add("region=" + region.id()));
        if (neckPain) {
            because.add(Symptom.NECK_PAIN.id());
        }
        if (input.course() == SymptomCourse.RAPIDLY_WORSENING) {
            because.add("course=rapidly-worsening");
            return fire(EMERGENCY, because);
        }
        return fire(URGENT, because);
    }

    private static Optional<Firing> fracture(TriageInput input) {
        List<String> moreLikely = Sign.present(input, Sign.of(OSTEOPOROSIS, STEROID_LONG_TERM));
        if (input.age().orElse(0) >= 65) {
            moreLikely = Sign.join(moreLikely, List.of("age>=65"));
        }
        if (input.has(RECENT_TRAUMA)) {
            List<String> nerveSigns = Sign.present(input, NERVE_OR_CORD_SIGNS);
            List<String> trauma = Sign.join(List.of(RECENT_TRAUMA.id()), nerveSigns);
            return fire(nerveSigns.isEmpty() ? URGENT : EMERGENCY, Sign.join(trauma, moreLikely));
        }
        boolean boneRisk = input.has(OSTEOPOROSIS) || input.has(STEROID_LONG_TERM);
        return boneRisk ? fire(SOON, moreLikely) : Optional.empty();
    }

    private static Optional<Firing> fire(Urgency urgency, List<String> because) {
        return Optional.of(new Firing(urgency, because));
    }
}
