package org.spinechoice.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinechoice.triage.Vignettes.assertFires;
import static org.spinechoice.triage.Vignettes.assertSilent;
import static org.spinechoice.vocabulary.RedFlagRuleName.CANCER;
import static org.spinechoice.vocabulary.RedFlagRuleName.CAUDA_EQUINA;
import static org.spinechoice.vocabulary.RedFlagRuleName.PROGRESSIVE_DEFICIT;
import static org.spinechoice.vocabulary.RedFlagRuleName.SPINAL_INFECTION;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinechoice.vocabulary.RedFlagRuleName;

/**
 * Vignettes for the cauda-equina, progressive-deficit, spinal-infection and cancer rows of the contract's table:
 * each level, the exact urgency and the exact {@code because} list in the order the row names its inputs.
 */
class RedFlagRulesTest {

    private static final String NERVE_OR_CORD_SIGNS = "org.spinechoice.triage.Vignettes#NERVE_OR_CORD_SIGNS";

    @Test
    void rulesAreListedInTheOrderOfTheContractTable() {
        assertThat(RedFlagRules.ALL).extracting(RedFlagRule::name).containsExactly(RedFlagRuleName.values());
    }

    @ParameterizedTest(name = "{0} -> {1} because [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            bladder-retention                                    | EMERGENCY | bladder-retention
            bladder-incontinence                                 | EMERGENCY | bladder-incontinence
            bowel-incontinence                                   | EMERGENCY | bowel-incontinence
            saddle-numbness                                      | EMERGENCY | saddle-numbness
            both-legs-new-severe                                 | EMERGENCY | both-legs-new-severe
            sexual-dysfunction-new                               | EMERGENCY | sexual-dysfunction-new
            saddle-numbness bladder-retention                    | EMERGENCY | bladder-retention saddle-numbness
            sexual-dysfunction-new both-legs-new-severe \
                | EMERGENCY | both-legs-new-severe sexual-dysfunction-new
            bowel-incontinence weakness fever weakness-worsening | EMERGENCY | bowel-incontinence
            """)
    void caudaEquinaIsAnEmergencyNamingEverySignPresentInRowOrder(String vignette, Urgency urgency, String because) {
        assertFires(CAUDA_EQUINA, vignette, urgency, because);
    }

    @Test
    void caudaEquinaNamesAllSixSignsInRowOrderWhateverTheInputOrder() {
        assertFires(
                CAUDA_EQUINA,
                "sexual-dysfunction-new both-legs-new-severe saddle-numbness bowel-incontinence bladder-incontinence "
                        + "bladder-retention",
                Urgency.EMERGENCY,
                "bladder-retention bladder-incontinence bowel-incontinence saddle-numbness both-legs-new-severe "
                        + "sexual-dysfunction-new");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
            strings = {
                "",
                "back-pain leg-pain weakness numbness-tingling",
                "weakness-worsening foot-drop",
                "region=none age=none course=rapidly-worsening"
            })
    void caudaEquinaNeedsOneOfItsOwnSigns(String vignette) {
        assertSilent(CAUDA_EQUINA, vignette);
    }

    @ParameterizedTest(name = "{0} -> {1} because [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            weakness-worsening                  | EMERGENCY | weakness-worsening
            foot-drop                           | URGENT    | foot-drop
            foot-drop weakness-worsening        | EMERGENCY | weakness-worsening
            foot-drop weakness leg-pain         | URGENT    | foot-drop
            weakness-worsening bladder-retention| EMERGENCY | weakness-worsening
            """)
    void progressiveDeficitReportsOnlyItsHighestRow(String vignette, Urgency urgency, String because) {
        assertFires(PROGRESSIVE_DEFICIT, vignette, urgency, because);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "weakness", "weakness numbness-tingling course=rapidly-worsening", "saddle-numbness"})
    void progressiveDeficitNeedsWorseningWeaknessOrFootDrop(String vignette) {
        assertSilent(PROGRESSIVE_DEFICIT, vignette);
    }

    @ParameterizedTest(name = "{0} -> {1} because [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            fever                                                 | URGENT    | fever
            iv-drug-use                                           | URGENT    | iv-drug-use
            immunosuppression                                     | URGENT    | immunosuppression
            recent-infection                                      | URGENT    | recent-infection
            recent-infection immunosuppression iv-drug-use | URGENT | iv-drug-use immunosuppression recent-infection
            fever iv-drug-use                                     | EMERGENCY | fever iv-drug-use
            fever immunosuppression                               | EMERGENCY | fever immunosuppression
            fever recent-infection                                | EMERGENCY | fever recent-infection
            recent-infection fever immunosuppression              | EMERGENCY | fever immunosuppression recent-infection
            recent-infection iv-drug-use fever immunosuppression \
                | EMERGENCY | fever iv-drug-use immunosuppression recent-infection
            fever back-pain weakness cancer-history               | URGENT    | fever
            """)
    void spinalInfectionIsAnEmergencyOnlyWhenFeverMeetsAnInfectionRisk(
            String vignette, Urgency urgency, String because) {
        assertFires(SPINAL_INFECTION, vignette, urgency, because);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
            strings = {
                "",
                "back-pain neck-pain",
                "night-pain weight-loss-unexplained cancer-history",
                "steroid-long-term"
            })
    void spinalInfectionNeedsFeverOrAnInfectionRisk(String vignette) {
        assertSilent(SPINAL_INFECTION, vignette);
    }

    @ParameterizedTest(name = "{0} -> {1} because [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            cancer-history                                        | URGENT | cancer-history
            cancer-history weight-loss-unexplained night-pain     | URGENT | cancer-history
            cancer-history leg-pain arm-pain back-pain neck-pain  | URGENT | cancer-history
            cancer-history walking-leg-symptoms fever osteoporosis| URGENT | cancer-history
            weight-loss-unexplained                               | SOON   | weight-loss-unexplained
            night-pain                                            | SOON   | night-pain
            night-pain weight-loss-unexplained                    | SOON   | weight-loss-unexplained night-pain
            night-pain weakness bladder-retention                 | SOON   | night-pain
            """)
    void cancerHistoryIsUrgentAndWeightLossOrNightPainAloneIsSoon(String vignette, Urgency urgency, String because) {
        assertFires(CANCER, vignette, urgency, because);
    }

    @ParameterizedTest(name = "cancer-history {0}")
    @FieldSource(NERVE_OR_CORD_SIGNS)
    void cancerHistoryWithAnyNerveOrCordSignIsAnEmergency(String sign) {
        assertFires(CANCER, "cancer-history " + sign, Urgency.EMERGENCY, "cancer-history " + sign);
    }

    @ParameterizedTest(name = "weight-loss-unexplained night-pain {0}")
    @FieldSource(NERVE_OR_CORD_SIGNS)
    void nerveOrCordSignsDoNotRaiseCancerWithoutCancerHistory(String sign) {
        assertFires(
                CANCER,
                "weight-loss-unexplained night-pain " + sign,
                Urgency.SOON,
                "weight-loss-unexplained night-pain");
    }

    @Test
    void cancerEmergencyNamesEveryNerveOrCordSignInTheDefinitionOrder() {
        List<String> backwards = new ArrayList<>(Vignettes.NERVE_OR_CORD_SIGNS);
        Collections.reverse(backwards);
        String everySignBackwards = String.join(" ", backwards);

        assertFires(
                CANCER,
                "night-pain " + everySignBackwards + " cancer-history weight-loss-unexplained",
                Urgency.EMERGENCY,
                "cancer-history " + String.join(" ", Vignettes.NERVE_OR_CORD_SIGNS));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "back-pain leg-pain weakness", "osteoporosis recent-trauma fever"})
    void cancerNeedsCancerHistoryWeightLossOrNightPain(String vignette) {
        assertSilent(CANCER, vignette);
    }
}
