package org.spinechoice.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.spinechoice.triage.Vignettes.vignette;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinechoice.evidence.Source;
import org.spinechoice.vocabulary.RedFlagRuleName;

/** The shape of a triage result: overall urgency, one finding per rule, order, advice, sources and disclaimer. */
class TriageResultTest {

    /** One vignette for every level of every rule in the contract's table. */
    private static final String EVERY_LEVEL = """
            cauda-equina        | EMERGENCY | saddle-numbness
            progressive-deficit | EMERGENCY | weakness-worsening
            progressive-deficit | URGENT    | foot-drop
            spinal-infection    | EMERGENCY | fever immunosuppression
            spinal-infection    | URGENT    | recent-infection
            cancer              | EMERGENCY | cancer-history numbness-tingling
            cancer              | URGENT    | cancer-history
            cancer              | SOON      | night-pain
            myelopathy          | EMERGENCY | hand-clumsiness course=rapidly-worsening
            myelopathy          | URGENT    | region=cervical balance-problems
            fracture            | EMERGENCY | recent-trauma weakness
            fracture            | URGENT    | recent-trauma
            fracture            | SOON      | steroid-long-term
            rapid-worsening     | URGENT    | course=rapidly-worsening
            """;

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
            strings = {
                "",
                "back-pain leg-pain walking-leg-symptoms",
                "region=cervical neck-pain arm-pain age=90",
                "region=none age=none weakness numbness-tingling course=slowly-worsening"
            })
    void noFindingsIsRoutine(String line) {
        TriageResult result = Triage.assess(vignette(line));

        assertThat(result.urgency()).isEqualTo(Urgency.ROUTINE);
        assertThat(result.findings()).isEmpty();
        assertThat(result.hasFindings()).isFalse();
        assertThat(result.disclaimer()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} {1} <- {2}")
    @CsvSource(delimiter = '|', textBlock = EVERY_LEVEL)
    void everyLevelOfEveryRuleGivesOneFindingWithAdviceAndSources(String rule, Urgency urgency, String line) {
        TriageResult result = Triage.assess(vignette(line));
        List<String> knownSources = TriageSources.ALL.stream().map(Source::id).toList();

        assertThat(result.urgency()).isEqualTo(urgency);
        assertThat(result.findings())
                .filteredOn(finding -> finding.rule().id().equals(rule))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.urgency()).isEqualTo(urgency);
                    assertThat(finding.advice()).isNotBlank();
                    assertThat(finding.sources())
                            .isNotEmpty()
                            .isSubsetOf(knownSources)
                            .doesNotHaveDuplicates();
                });
    }

    @ParameterizedTest(name = "{0} {1} <- {2}")
    @CsvSource(delimiter = '|', textBlock = EVERY_LEVEL)
    void adviceSaysHowSoonToGetHelpInPlainWords(String rule, Urgency urgency, String line) {
        Finding finding = Vignettes.findingsOf(Triage.assess(vignette(line)), ruleNamed(rule))
                .get(0);

        switch (urgency) {
            case EMERGENCY ->
                assertThat(finding.advice())
                        .contains(
                                "Go to an emergency department now",
                                "call your emergency number",
                                "Do not wait for an appointment");
            case URGENT -> assertThat(finding.advice()).contains("See a doctor today or within 1 to 2 days");
            case SOON -> assertThat(finding.advice()).contains("See a doctor within 1 to 2 weeks");
            default -> throw new AssertionError("a finding is never " + urgency);
        }
    }

    @Test
    void findingsAreOrderedByUrgencyThenByTableOrder() {
        TriageResult result = Triage.assess(vignette("course=rapidly-worsening osteoporosis night-pain foot-drop "
                + "fever iv-drug-use bladder-retention hand-clumsiness"));

        assertThat(result.urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(result.findings())
                .extracting(finding -> finding.rule().id(), Finding::urgency)
                .containsExactly(
                        tuple("cauda-equina", Urgency.EMERGENCY),
                        tuple("spinal-infection", Urgency.EMERGENCY),
                        tuple("myelopathy", Urgency.EMERGENCY),
                        tuple("progressive-deficit", Urgency.URGENT),
                        tuple("rapid-worsening", Urgency.URGENT),
                        tuple("cancer", Urgency.SOON),
                        tuple("fracture", Urgency.SOON));
    }

    @Test
    void everyRuleAtOnceGivesOneFindingPerRuleAtItsHighestLevel() {
        TriageResult result = Triage.assess(vignette("region=cervical age=70 course=rapidly-worsening "
                + "hand-clumsiness balance-problems weakness bladder-retention foot-drop weakness-worsening fever "
                + "iv-drug-use cancer-history night-pain weight-loss-unexplained recent-trauma osteoporosis "
                + "steroid-long-term"));

        assertThat(result.findings()).extracting(Finding::rule).containsExactly(RedFlagRuleName.values());
        assertThat(result.findings())
                .extracting(Finding::urgency)
                .containsExactly(
                        Urgency.EMERGENCY,
                        Urgency.EMERGENCY,
                        Urgency.EMERGENCY,
                        Urgency.EMERGENCY,
                        Urgency.EMERGENCY,
                        Urgency.EMERGENCY,
                        Urgency.URGENT);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            osteoporosis night-pain                         | SOON
            osteoporosis night-pain fever                   | URGENT
            osteoporosis night-pain fever foot-drop         | URGENT
            osteoporosis night-pain fever bowel-incontinence| EMERGENCY
            course=rapidly-worsening steroid-long-term      | URGENT
            """)
    void overallUrgencyIsTheHighestOfTheFindings(String line, Urgency urgency) {
        TriageResult result = Triage.assess(vignette(line));

        assertThat(result.urgency()).isEqualTo(urgency);
        assertThat(result.findings())
                .extracting(Finding::urgency)
                .contains(urgency)
                .allSatisfy(each -> assertThat(each.isMoreUrgentThan(urgency)).isFalse());
    }

    private static RedFlagRuleName ruleNamed(String id) {
        return List.of(RedFlagRuleName.values()).stream()
                .filter(name -> name.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
