package org.spinechoice.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinechoice.triage.Vignettes.assertFires;
import static org.spinechoice.triage.Vignettes.assertSilent;
import static org.spinechoice.triage.Vignettes.vignette;
import static org.spinechoice.vocabulary.RedFlagRuleName.FRACTURE;
import static org.spinechoice.vocabulary.RedFlagRuleName.MYELOPATHY;
import static org.spinechoice.vocabulary.RedFlagRuleName.RAPID_WORSENING;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Vignettes for the myelopathy, fracture and rapid-worsening rows of the contract's table, with the age boundary
 * of {@code age>=65}. Vignettes are lumbar, age 40 and stable unless they say otherwise.
 */
class CordFractureAndCourseRulesTest {

    private static final String NERVE_OR_CORD_SIGNS = "org.spinechoice.triage.Vignettes#NERVE_OR_CORD_SIGNS";

    @ParameterizedTest(name = "{0} -> {1} because [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            hand-clumsiness                                     | URGENT | hand-clumsiness
            region=cervical hand-clumsiness                     | URGENT | hand-clumsiness region=cervical
            region=thoracic hand-clumsiness                     | URGENT | hand-clumsiness region=thoracic
            region=unsure hand-clumsiness                       | URGENT | hand-clumsiness region=unsure
            region=none hand-clumsiness                         | URGENT | hand-clumsiness
            hand-clumsiness neck-pain                           | URGENT | hand-clumsiness neck-pain
            hand-clumsiness balance-problems                    | URGENT | hand-clumsiness balance-problems
            region=cervical balance-problems                    | URGENT | balance-problems region=cervical
            region=thoracic balance-problems                    | URGENT | balance-problems region=thoracic
            region=unsure balance-problems                      | URGENT | balance-problems region=unsure
            balance-problems neck-pain                          | URGENT | balance-problems neck-pain
            region=none neck-pain balance-problems              | URGENT | balance-problems neck-pain
            neck-pain balance-problems region=cervical hand-clumsiness \
                | URGENT | hand-clumsiness balance-problems region=cervical neck-pain
            course=slowly-worsening hand-clumsiness             | URGENT | hand-clumsiness
            course=improving region=cervical balance-problems   | URGENT | balance-problems region=cervical
            """)
    void clumsyHandsAnywhereOrPoorBalanceWithACordRegionOrNeckPainIsUrgent(
            String vignette, Urgency urgency, String because) {
        assertFires(MYELOPATHY, vignette, urgency, because);
    }

    @ParameterizedTest(name = "{0} -> {1} because [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            course=rapidly-worsening hand-clumsiness | EMERGENCY | hand-clumsiness course=rapidly-worsening
            course=rapidly-worsening region=thoracic balance-problems \
                | EMERGENCY | balance-problems region=thoracic course=rapidly-worsening
            course=rapidly-worsening balance-problems neck-pain \
                | EMERGENCY | balance-problems neck-pain course=rapidly-worsening
            region=unsure course=rapidly-worsening hand-clumsiness balance-problems neck-pain \
                | EMERGENCY | hand-clumsiness balance-problems region=unsure neck-pain course=rapidly-worsening
            """)
    void myelopathyGettingWorseFastIsAnEmergency(String vignette, Urgency urgency, String because) {
        assertFires(MYELOPATHY, vignette, urgency, because);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
            strings = {
                "balance-problems",
                "balance-problems course=rapidly-worsening back-pain leg-pain weakness",
                "region=none balance-problems",
                "region=cervical neck-pain weakness numbness-tingling",
                "region=cervical course=rapidly-worsening",
                ""
            })
    void lumbarOrUnknownRegionPoorBalanceWithoutNeckPainIsNotMyelopathy(String vignette) {
        assertSilent(MYELOPATHY, vignette);
    }

    @ParameterizedTest(name = "{0} -> {1} because [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            recent-trauma                                   | URGENT | recent-trauma
            recent-trauma osteoporosis                      | URGENT | recent-trauma osteoporosis
            steroid-long-term recent-trauma                 | URGENT | recent-trauma steroid-long-term
            age=65 recent-trauma                            | URGENT | recent-trauma age>=65
            age=64 recent-trauma                            | URGENT | recent-trauma
            age=90 steroid-long-term osteoporosis recent-trauma \
                | URGENT | recent-trauma osteoporosis steroid-long-term age>=65
            recent-trauma leg-pain back-pain                | URGENT | recent-trauma
            age=80 osteoporosis weakness recent-trauma      | EMERGENCY | recent-trauma weakness osteoporosis age>=65
            steroid-long-term foot-drop saddle-numbness recent-trauma \
                | EMERGENCY | recent-trauma saddle-numbness foot-drop steroid-long-term
            """)
    void recentTraumaIsUrgentOrWithNerveSignsAnEmergencyListingWhatMakesAFractureLikelier(
            String vignette, Urgency urgency, String because) {
        assertFires(FRACTURE, vignette, urgency, because);
    }

    @ParameterizedTest(name = "recent-trauma {0}")
    @FieldSource(NERVE_OR_CORD_SIGNS)
    void recentTraumaWithAnyNerveOrCordSignIsAnEmergency(String sign) {
        assertFires(FRACTURE, "recent-trauma " + sign, Urgency.EMERGENCY, "recent-trauma " + sign);
    }

    @ParameterizedTest(name = "{0} -> {1} because [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            osteoporosis                                | SOON | osteoporosis
            steroid-long-term                           | SOON | steroid-long-term
            steroid-long-term osteoporosis              | SOON | osteoporosis steroid-long-term
            age=65 osteoporosis                         | SOON | osteoporosis age>=65
            age=64 osteoporosis                         | SOON | osteoporosis
            age=none steroid-long-term                  | SOON | steroid-long-term
            age=120 steroid-long-term osteoporosis      | SOON | osteoporosis steroid-long-term age>=65
            osteoporosis weakness bladder-retention     | SOON | osteoporosis
            """)
    void thinBonesOrLongTermSteroidsWithoutTraumaAreSoon(String vignette, Urgency urgency, String because) {
        assertFires(FRACTURE, vignette, urgency, because);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "age=65", "age=120 weakness back-pain", "age=none cancer-history night-pain"})
    void olderAgeAloneIsNotAFractureFinding(String vignette) {
        assertSilent(FRACTURE, vignette);
    }

    @ParameterizedTest(name = "age {0} -> age>=65 listed: {1}")
    @CsvSource({"18, false", "64, false", "65, true", "66, true", "120, true"})
    void ageCountsAsAFractureReasonFromSixtyFive(int age, boolean listed) {
        Finding fracture = Vignettes.findingsOf(Triage.assess(vignette("recent-trauma age=" + age)), FRACTURE)
                .get(0);

        assertThat(fracture.because().contains("age>=65")).isEqualTo(listed);
    }

    @Test
    void osteoporosisWithRecentTraumaReportsTheTraumaRowWithOsteoporosisAsAReason() {
        TriageResult result = Triage.assess(vignette("osteoporosis recent-trauma"));

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(FRACTURE);
            assertThat(finding.urgency()).isEqualTo(Urgency.URGENT);
            assertThat(finding.because()).containsExactly("recent-trauma", "osteoporosis");
        });
    }

    @Test
    void rapidWorseningAloneIsUrgent() {
        TriageResult result = Triage.assess(vignette("course=rapidly-worsening back-pain leg-pain"));

        assertThat(result.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(RAPID_WORSENING);
            assertThat(finding.urgency()).isEqualTo(Urgency.URGENT);
            assertThat(finding.because()).containsExactly("course=rapidly-worsening");
        });
    }

    @ParameterizedTest(name = "course={0}")
    @ValueSource(strings = {"improving", "stable", "slowly-worsening"})
    void otherCoursesAreNotRapidWorsening(String course) {
        assertSilent(RAPID_WORSENING, "course=" + course + " back-pain weakness hand-clumsiness");
    }
}
