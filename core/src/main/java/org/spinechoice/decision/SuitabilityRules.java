package org.spinechoice.decision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spinechoice.evidence.Caution;
import org.spinechoice.evidence.CautionCondition;
import org.spinechoice.evidence.OptionEvidence;
import org.spinechoice.evidence.Suitability;
import org.spinechoice.triage.Intake;
import org.spinechoice.triage.TriageResult;
import org.spinechoice.triage.TriageSources;
import org.spinechoice.triage.Urgency;
import org.spinechoice.vocabulary.IntakeRegion;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.RedFlagRuleName;
import org.spinechoice.vocabulary.SpinalRegion;

/**
 * Decides an option's suitability in the order {@code spec/options.md} sets: emergency first, then region, then the
 * option's own cautions, else suitable. The first step that applies decides; every reason that applies is listed.
 */
final class SuitabilityRules {

    /** The decision and all its reasons. */
    record Decision(Suitability suitability, List<Reason> reasons) {}

    private SuitabilityRules() {}

    /** What the rules need from the triage result, worked out once per intake rather than once per option. */
    record TriageFacts(
            boolean emergency, List<String> emergencySources, boolean cordSigns, Set<RedFlagRuleName> findings) {

        static TriageFacts of(TriageResult triage) {
            List<String> sources = triage.findings().stream()
                    .filter(finding -> finding.urgency() == Urgency.EMERGENCY)
                    .flatMap(finding -> finding.sources().stream())
                    .distinct()
                    .toList();
            Set<RedFlagRuleName> findings = EnumSet.noneOf(RedFlagRuleName.class);
            triage.findings().forEach(finding -> findings.add(finding.rule()));
            return new TriageFacts(
                    triage.urgency() == Urgency.EMERGENCY,
                    sources,
                    findings.contains(RedFlagRuleName.MYELOPATHY),
                    findings);
        }
    }

    /**
     * What the rules need from one option, worked out once per option rather than once per intake: the words of its
     * region reasons (they depend only on its regions and the region named) and of its cautions.
     */
    record OptionFacts(
            OptionEvidence option,
            Reason regionUnsure,
            Map<IntakeRegion, Reason> notUsedIn,
            List<Reason> cautionReasons) {

        static OptionFacts of(OptionEvidence option) {
            Reason unsure = Reason.unsourced("Whether this applies depends on where your stenosis is: it is used for "
                    + regionsInWords(option.regions()) + ".");
            Map<IntakeRegion, Reason> notUsedIn = new EnumMap<>(IntakeRegion.class);
            for (IntakeRegion region : IntakeRegion.values()) {
                if (region != IntakeRegion.UNSURE
                        && option.regions().stream().noneMatch(used -> used.id().equals(region.id()))) {
                    notUsedIn.put(
                            region,
                            Reason.unsourced("Not used for stenosis in the " + regionInWords(region.id())
                                    + "; it is used for " + regionsInWords(option.regions()) + "."));
                }
            }
            List<Reason> cautionReasons = option.cautions().stream()
                    .map(caution -> new Reason(caution.reason(), caution.sourceIds()))
                    .toList();
            return new OptionFacts(option, unsure, Collections.unmodifiableMap(notUsedIn), cautionReasons);
        }
    }

    static Decision decide(Intake intake, TriageFacts triage, OptionFacts facts) {
        OptionEvidence option = facts.option();
        List<Reason> reasons = new ArrayList<>();
        Suitability decided = null;

        if (triage.emergency()) {
            reasons.add(new Reason(
                    "Your answers include warning signs that need care now. Get that care first; comparing "
                            + "treatments can wait.",
                    triage.emergencySources()));
            decided = Suitability.URGENT_CARE_FIRST;
        }

        Reason notUsed = facts.notUsedIn().get(intake.region());
        if (option.id() == OptionId.CERVICAL_SURGERY && triage.cordSigns()) {
            reasons.add(new Reason(
                    "Hand or balance problems can point to pressure on the spinal cord, whatever part of the spine "
                            + "you named: a spine surgeon's opinion is advised.",
                    List.of(TriageSources.FEHLINGS_2017.id())));
        } else if (intake.region() == IntakeRegion.UNSURE) {
            reasons.add(facts.regionUnsure());
        } else if (notUsed != null) {
            reasons.add(notUsed);
            decided = decided == null ? Suitability.NOT_ADVISED : decided;
        }

        Suitability fromCautions = null;
        List<Caution> cautions = option.cautions();
        for (int i = 0; i < cautions.size(); i++) {
            Caution caution = cautions.get(i);
            if (applies(caution.when(), intake, triage.findings())) {
                reasons.add(facts.cautionReasons().get(i));
                if (fromCautions == null || caution.suitability() == Suitability.NOT_ADVISED) {
                    fromCautions = caution.suitability();
                }
            }
        }
        if (decided == null && fromCautions != null) {
            decided = fromCautions;
        }
        return new Decision(decided == null ? Suitability.SUITABLE : decided, reasons);
    }

    static boolean applies(CautionCondition when, Intake intake, Set<RedFlagRuleName> findings) {
        // The intake's sets and the findings are enum sets: disjoint walks its second argument, the caution's few
        // items, and looks each up in the first.
        return !Collections.disjoint(intake.healthFactors(), when.healthFactors())
                || !Collections.disjoint(intake.triedOptions(), when.triedOptions())
                || when.regions().contains(intake.region())
                || !Collections.disjoint(findings, when.triageFindings());
    }

    private static String regionsInWords(List<SpinalRegion> regions) {
        List<String> words =
                regions.stream().map(region -> regionInWords(region.id())).toList();
        if (words.size() == 1) {
            return "stenosis in the " + words.get(0);
        }
        return "stenosis in the " + String.join(", ", words.subList(0, words.size() - 1)) + " and "
                + words.get(words.size() - 1);
    }

    private static String regionInWords(String regionId) {
        return switch (regionId) {
            case "lumbar" -> "lower back";
            case "cervical" -> "neck";
            case "thoracic" -> "mid back";
            default -> "spine";
        };
    }
}
