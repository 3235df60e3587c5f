package org.spinechoice.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinechoice.evidence.EvidenceFixtures.conditionGuide;
import static org.spinechoice.evidence.EvidenceFixtures.loaded;
import static org.spinechoice.evidence.EvidenceFixtures.optionFiles;
import static org.spinechoice.evidence.EvidenceFixtures.problemsOf;
import static org.spinechoice.evidence.EvidenceFixtures.treeOf;
import static org.spinechoice.evidence.Trees.list;
import static org.spinechoice.evidence.Trees.object;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinechoice.vocabulary.OptionId;

/** The rules on what an option file says: figures, claims, cautions and agreement with the contract's table. */
class OptionContentRulesTest {

    private static final String FILE = "options/prolotherapy.yaml";

    private final List<EvidenceFile> files = optionFiles();
    private final Object prolotherapy = treeOf(files, OptionId.PROLOTHERAPY);

    private List<EvidenceProblem> problems() {
        return problemsOf(files, conditionGuide());
    }

    private static EvidenceProblem problem(String field, String message) {
        return new EvidenceProblem(FILE, field, message);
    }

    @ParameterizedTest
    @CsvSource({
        "2.0, 0.2, 1.8, 'the confidence interval [0.2, 1.8] must contain the value 2.0'",
        "0.1, 0.2, 1.8, 'the confidence interval [0.2, 1.8] must contain the value 0.1'",
        "1.0, 1.8, 0.2, 'the confidence interval [1.8, 0.2] must contain the value 1.0'",
    })
    void theConfidenceIntervalMustContainTheMeanDifference(double value, double lower, double upper, String message) {
        Trees.set(prolotherapy, "harms[0].meanDifference.value", value);
        Trees.set(prolotherapy, "harms[0].meanDifference.lower", lower);
        Trees.set(prolotherapy, "harms[0].meanDifference.upper", upper);

        assertThat(problems()).containsExactly(problem("harms[0].meanDifference", message));
    }

    @Test
    void aConfidenceIntervalMayEndAtTheMeanDifference() {
        Trees.set(prolotherapy, "harms[0].meanDifference.lower", 1.0);

        assertThat(loaded(files, conditionGuide())
                        .option(OptionId.PROLOTHERAPY)
                        .harms()
                        .get(0)
                        .meanDifference())
                .hasValueSatisfying(difference -> assertThat(difference.lower()).isEqualTo(1.0));
    }

    @ParameterizedTest
    @CsvSource({
        "treatment,  101,   'treatment must be between 0 and 100 people: 101.0'",
        "treatment,  -1,    'treatment must be between 0 and 100 people: -1.0'",
        "comparison, 100.5, 'comparison must be between 0 and 100 people: 100.5'",
    })
    void aNaturalFrequencyCountsPeopleOutOfOneHundred(String arm, double people, String message) {
        Trees.set(prolotherapy, "benefits[0].naturalFrequency." + arm, people);

        assertThat(problems()).containsExactly(problem("benefits[0].naturalFrequency", message));
    }

    @ParameterizedTest
    @CsvSource({"0, 100", "100, 0", "12.5, 87.5"})
    void aNaturalFrequencyMayRunFromNoneToAllOfOneHundred(double treatment, double comparison) {
        Trees.set(prolotherapy, "benefits[0].naturalFrequency.treatment", treatment);
        Trees.set(prolotherapy, "benefits[0].naturalFrequency.comparison", comparison);

        NaturalFrequency frequency = loaded(files, conditionGuide())
                .option(OptionId.PROLOTHERAPY)
                .benefits()
                .get(0)
                .naturalFrequency()
                .orElseThrow();
        assertThat(frequency.treatment()).isEqualTo(treatment);
        assertThat(frequency.comparison()).hasValue(comparison);
    }

    @ParameterizedTest
    @ValueSource(strings = {"claims[0].outcome", "claims[0].figure"})
    void aClaimedFigureAndItsOutcomeComeTogether(String removed) {
        Trees.remove(prolotherapy, removed);

        assertThat(problems())
                .containsExactly(problem("claims[0]", "a claimed figure needs the outcome it measured, and only then"));
    }

    @ParameterizedTest
    @CsvSource({"89, 89.0", "1.01, 1.01", "-0.1, -0.1"})
    void aClaimedFigureIsAFractionFromZeroToOne(double figure, String shown) {
        Trees.set(prolotherapy, "claims[0].figure", figure);

        assertThat(problems())
                .containsExactly(problem("claims[0]", "figure must be a fraction between 0 and 1: " + shown));
    }

    @Test
    void aClaimWithoutAFigureNeedsNoOutcome() {
        Trees.remove(prolotherapy, "claims[0].figure");
        Trees.remove(prolotherapy, "claims[0].outcome");

        Claim claim = loaded(files, conditionGuide())
                .option(OptionId.PROLOTHERAPY)
                .claims()
                .get(0);
        assertThat(claim.figure()).isEmpty();
        assertThat(claim.outcome()).isEmpty();
    }

    @Test
    void aCautionWithNothingToFireOnIsRejected() {
        Trees.set(prolotherapy, "cautions[0].when.healthFactors", list());

        assertThat(problems())
                .containsExactly(problem("cautions[0].when", "a caution condition must name at least one item"));
    }

    @Test
    void aCautionWithAnEmptyWhenIsRejected() {
        Trees.set(prolotherapy, "cautions[0].when", object());

        assertThat(problems())
                .containsExactly(problem("cautions[0].when", "a caution condition must name at least one item"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"suitable", "urgent-care-first"})
    void aCautionGivesOnlyCautionOrNotAdvised(String suitability) {
        Trees.set(prolotherapy, "cautions[0].suitability", suitability);

        assertThat(problems())
                .containsExactly(problem("cautions[0].suitability", "a caution gives caution or not-advised"));
    }

    @Test
    void aCautionMayMarkAnOptionNotAdvised() {
        Trees.set(prolotherapy, "cautions[0].suitability", "not-advised");

        assertThat(loaded(files, conditionGuide())
                        .option(OptionId.PROLOTHERAPY)
                        .cautions()
                        .get(0)
                        .suitability())
                .isEqualTo(Suitability.NOT_ADVISED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"surgery", "complementary", "self-care"})
    void theCategoryMustBeTheOneInTheContractTable(String category) {
        Trees.set(prolotherapy, "category", category);

        assertThat(problems()).containsExactly(problem("category", "expected 'injection' as in spec/options.md"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lumbar", "lumbar cervical thoracic", "lumbar cervical cervical", "cervical thoracic", ""})
    void theRegionsMustBeExactlyThoseInTheContractTable(String regions) {
        Trees.set(prolotherapy, "regions", regionList(regions));

        assertThat(problems())
                .containsExactly(problem("regions", "expected exactly lumbar, cervical as in spec/options.md"));
    }

    @Test
    void theRegionsMayBeListedInAnyOrder() {
        Trees.set(prolotherapy, "regions", list("cervical", "lumbar"));

        assertThat(loaded(files, conditionGuide()).option(OptionId.PROLOTHERAPY).regions())
                .hasSize(2);
    }

    @ParameterizedTest
    @CsvSource({
        "benefits, at least one benefit statement is required",
        "harms,    at least one harm statement is required",
    })
    void benefitsAndHarmsEachNeedAtLeastOneStatement(String list, String message) {
        Trees.set(prolotherapy, list, list());

        assertThat(problems()).containsExactly(problem(list, message));
    }

    @Test
    void claimsAndCautionsMayBeEmpty() {
        Trees.set(prolotherapy, "claims", list());
        Trees.set(prolotherapy, "cautions", list());

        OptionEvidence option = loaded(files, conditionGuide()).option(OptionId.PROLOTHERAPY);
        assertThat(option.claims()).isEmpty();
        assertThat(option.cautions()).isEmpty();
    }

    private static List<Object> regionList(String regions) {
        return regions.isEmpty()
                ? list()
                : list(Arrays.stream(regions.split(" ")).toArray());
    }
}
