package org.spinechoice.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinechoice.evidence.Trees.list;
import static org.spinechoice.evidence.Trees.object;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.spinechoice.vocabulary.OptionId;

/**
 * Valid evidence trees, as a YAML parser would give them, for every option and for the condition guide. Every call
 * builds fresh mutable trees, so a test can break exactly one field and read the base again.
 */
final class EvidenceFixtures {

    /** The id of the randomized trial every fixture option cites. */
    static final String TRIAL = "trial-2020";

    /** The id of the systematic review every fixture option and the guide cite. */
    static final String REVIEW = "review-2022";

    private EvidenceFixtures() {}

    /** Returns a valid option tree with the category and regions the contract fixes for {@code option}. */
    static Map<String, Object> optionTree(OptionId option) {
        return object(
                "id", option.id(),
                "name", "Option " + option.id(),
                "category", option.category().id(),
                "regions",
                        list(option.regions().stream()
                                .map(region -> region.id())
                                .toArray()),
                "lastReviewed", "2026-11-25",
                "reviewedBy", "Draft; awaiting clinician review",
                "summary", "What the option is, in two short sentences. It is offered for stenosis.",
                "whatItInvolves", "Four visits over three to six months. You go home the same day.",
                "howItIsThoughtToWork", "It is thought to ease pressure on the nerves.",
                "headline",
                        object(
                                "statement", "We do not know whether it helps people with stenosis.",
                                "direction", "uncertain",
                                "certainty", "very-low",
                                "sources", list(REVIEW)),
                "burden",
                        object(
                                "visits", 4,
                                "duration", "3 to 6 months",
                                "timeOff", "Usually none.",
                                "costBand", "medium",
                                "commonlyInsured", false),
                "attributes",
                        object(
                                "involvesSurgery", false,
                                "involvesNeedles", true,
                                "involvesMedication", false,
                                "timeToEffect", "months",
                                "durability", "unknown"),
                "benefits", list(benefit()),
                "harms", list(harm()),
                "claims", list(claim()),
                "cautions", list(caution("bleeding-risk")),
                "sources", list(source(TRIAL, "rct"), source(REVIEW, "systematic-review")));
    }

    /** Returns a benefit with a natural frequency for both arms. */
    static Map<String, Object> benefit() {
        return object(
                "outcome", "Back pain and disability",
                "timeframe", "6 months",
                "comparator", "placebo injections",
                "statement", "About 54 of 100 people felt better, against 56 of 100 on placebo.",
                "naturalFrequency",
                        object("treatment", 54, "comparison", 56.5, "event", "had at least half their pain relieved"),
                "certainty", "moderate",
                "confidence", "confirmed",
                "sources", list(TRIAL));
    }

    /** Returns a harm with a mean difference and its confidence interval. */
    static Map<String, Object> harm() {
        return object(
                "outcome", "Pain after the injection",
                "timeframe", "1 week",
                "comparator", "placebo injections",
                "statement", "Pain right after the shots was about 1 point higher.",
                "meanDifference",
                        object(
                                "value", 1.0,
                                "lower", 0.2,
                                "upper", 1.8,
                                "unit", "points on a 0-10 pain scale",
                                "minimalImportantDifference", "1 to 2 points"),
                "certainty", "low",
                "confidence", "partly-confirmed",
                "sources", list(TRIAL, REVIEW));
    }

    /** Returns a claim that states a figure and the outcome it measured. */
    static Map<String, Object> claim() {
        return object(
                "statement", "It is about 90% effective.",
                "madeBy", "A clinic's website",
                "design", "one clinic's own patients, no comparison group",
                "assessment", "Trials found no difference from placebo.",
                "figure", 0.89,
                "outcome",
                        object(
                                "instrument", "nrs-back",
                                "change", "reduction of at least 50%",
                                "population", "chronic low back pain",
                                "collection", "recalled at about 12 months"),
                "sources", list(REVIEW));
    }

    /** Returns a caution that fires for people on anticoagulants. */
    static Map<String, Object> caution(String id) {
        return object(
                "id",
                id,
                "when",
                object(
                        "healthFactors", list("anticoagulants", "bleeding-disorder"),
                        "triedOptions", list(),
                        "regions", list(),
                        "triageFindings", list()),
                "suitability",
                "caution",
                "reason",
                "Needles can cause bleeding if your blood is thinned.",
                "sources",
                list(TRIAL));
    }

    /** Returns a source entry. */
    static Map<String, Object> source(String id, String design) {
        return object(
                "id",
                id,
                "citation",
                "Author A, et al. A study called " + id + ". J Spine. 2020;1(1):1-10.",
                "link",
                "https://doi.org/10.1000/" + id,
                "design",
                design);
    }

    /** Returns a valid condition guide with every required section, in reading order, each with one fact. */
    static Map<String, Object> conditionGuideTree() {
        List<Object> sections = list();
        for (String id : ConditionGuide.REQUIRED_SECTIONS) {
            sections.add(object(
                    "id",
                    id,
                    "heading",
                    "About " + id,
                    "paragraphs",
                    list("A short plain paragraph about " + id + "."),
                    "facts",
                    list(object(
                            "text", "About 11 of 100 adults have it.",
                            "confidence", "confirmed",
                            "sources", list(REVIEW)))));
        }
        return object(
                "title", "What is spinal stenosis?",
                "lastReviewed", "2026-11-25",
                "reviewedBy", "Draft; awaiting clinician review",
                "sections", sections,
                "sources", list(source(REVIEW, "systematic-review")));
    }

    /** Returns the 14 valid option files, in table order, each under the name the reader expects. */
    static List<EvidenceFile> optionFiles() {
        List<EvidenceFile> files = new ArrayList<>();
        for (OptionId option : OptionId.values()) {
            files.add(new EvidenceFile(EvidenceReader.fileNameOf(option), optionTree(option)));
        }
        return files;
    }

    /** Returns the valid condition guide file. */
    static EvidenceFile conditionGuide() {
        return new EvidenceFile(EvidenceReader.CONDITION_GUIDE_FILE, conditionGuideTree());
    }

    /** Returns the tree of {@code option} inside {@code files}, to be broken in place. */
    static Object treeOf(List<EvidenceFile> files, OptionId option) {
        String name = EvidenceReader.fileNameOf(option);
        return files.stream()
                .filter(file -> file.name().equals(name))
                .findFirst()
                .orElseThrow()
                .tree();
    }

    /** Reads the base and returns its problems, failing when it loaded. */
    static List<EvidenceProblem> problemsOf(List<EvidenceFile> files, EvidenceFile guide) {
        EvidenceLoad load = EvidenceReader.read(files, guide);
        assertThat(load).isInstanceOf(EvidenceLoad.Rejected.class);
        return ((EvidenceLoad.Rejected) load).problems();
    }

    /** Reads the base and returns it, failing with the problems when it was rejected. */
    static EvidenceBase loaded(List<EvidenceFile> files, EvidenceFile guide) {
        EvidenceLoad load = EvidenceReader.read(files, guide);
        if (load instanceof EvidenceLoad.Rejected rejected) {
            throw new AssertionError("expected a valid base, got " + rejected.problems());
        }
        return ((EvidenceLoad.Loaded) load).evidence();
    }
}
