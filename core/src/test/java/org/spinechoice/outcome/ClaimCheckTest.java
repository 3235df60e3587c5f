package org.spinechoice.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinechoice.outcome.Courses.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinechoice.evidence.Claim;
import org.spinechoice.evidence.ClaimedOutcome;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.Timepoint;

class ClaimCheckTest {

    private static final Timepoint AT = Timepoint.TWELVE_MONTHS;

    private static Claim claim(double figure, String instrument, String change, String timepoint) {
        ClaimedOutcome outcome = new ClaimedOutcome(
                instrument, change, "chronic low back pain", "recalled", Optional.ofNullable(timepoint));
        return new Claim(
                "About 90% effective.",
                "A clinic", "Case series", "Weak", OptionalDouble.of(figure), Optional.of(outcome), List.of("source"));
    }

    /** Twenty back-pain courses with baseline 6: {@code halved} fall to 3 (exactly half), the rest stay at 5. */
    private static List<CourseOutcome> twenty(int halved, int belowHalf) {
        List<CourseOutcome> courses = new ArrayList<>();
        for (int index = 0; index < 20; index++) {
            double followUp = index < belowHalf ? 2 : index < belowHalf + halved ? 3 : 5;
            courses.add(course(6, AT, followUp, null, 365));
        }
        return courses;
    }

    @Test
    void moreThanHalfIsStrictSoAFallOfExactlyHalfDoesNotCount() {
        ClaimCheckResult result = ClaimCheck.check(claim(0.89, "nrs-back", "reduction > 50%", "12m"), twenty(6, 4), 10);

        assertThat(result.followedUp()).isEqualTo(20);
        assertThat(result.observed().orElseThrow().count()).isEqualTo(4);
    }

    @Test
    void atLeastHalfCountsAFallOfExactlyHalf() {
        ClaimCheckResult result = ClaimCheck.check(claim(0.89, "nrs-back", "reduction ≥ 50%", "12m"), twenty(6, 4), 10);

        assertThat(result.observed().orElseThrow().count()).isEqualTo(10);
    }

    @ParameterizedTest(name = "claimed {0} beside {1} of 20 → {2}")
    @CsvSource({"0.89, 8, ABOVE", "0.40, 8, WITHIN", "0.10, 12, BELOW"})
    void placesTheClaimedFigureAgainstTheInterval(double figure, int met, Verdict verdict) {
        ClaimCheckResult result =
                ClaimCheck.check(claim(figure, "nrs-back", "reduction > 50%", "12m"), twenty(0, met), 10);

        assertThat(result.verdict()).isEqualTo(verdict);
        Interval ci = result.observed().orElseThrow().ci();
        assertThat(ci).isEqualTo(WilsonInterval.of(met, 20));
    }

    @Test
    void aClaimWhoseOutcomeTheClinicDoesNotMeasureIsNotCompared() {
        for (Claim unmatched : List.of(
                claim(0.9, "other", "reduction > 50%", "12m"),
                claim(0.9, "nrs-back", "felt better", "12m"),
                claim(0.9, "nrs-back", "reduction > 50%", null),
                claim(0.9, "mjoa", "reduction > 50%", "12m"))) {
            ClaimCheckResult result = ClaimCheck.check(unmatched, twenty(0, 20), 10);

            assertThat(result.verdict()).isEqualTo(Verdict.NO_MATCHING_MEASURE);
            assertThat(result.observed()).isEmpty();
        }
    }

    @Test
    void noCourseWithABaselineMeansNoMatchingMeasure() {
        ClaimCheckResult result = ClaimCheck.check(
                claim(0.89, "nrs-back", "reduction > 50%", "12m"), List.of(Courses.withoutBaseline()), 10);

        assertThat(result.verdict()).isEqualTo(Verdict.NO_MATCHING_MEASURE);
    }

    @Test
    void tooFewFollowedUpIsSaidSoWithTheCounts() {
        List<CourseOutcome> courses = new ArrayList<>(twenty(0, 5).subList(0, 9));
        courses.add(Courses.withoutFollowUp(7));
        courses.add(course(2, AT, 0, null, 365));

        ClaimCheckResult result = ClaimCheck.check(claim(0.89, "nrs-back", "reduction > 50%", "12m"), courses, 10);

        assertThat(result.verdict()).isEqualTo(Verdict.TOO_FEW_TO_SAY);
        assertThat(result.followedUp()).isEqualTo(9);
        assertThat(result.littleRoomToImprove()).isEqualTo(1);
        assertThat(result.notFollowedUp()).isEqualTo(1);
        assertThat(result.observed()).isEmpty();
    }

    @Test
    void readsTheMeasureFromTheClaimedOutcome() {
        ClaimMeasure measure = ClaimMeasure.of(
                        new ClaimedOutcome("nrs-leg", " reduction >= 30 % ", "stenosis", "measured", Optional.of("3m")))
                .orElseThrow();

        assertThat(measure.instrument()).isEqualTo(Instrument.NRS_LEG);
        assertThat(measure.percent()).isEqualByComparingTo("30");
        assertThat(measure.strict()).isFalse();
        assertThat(measure.timepoint()).isEqualTo(Timepoint.THREE_MONTHS);
    }
}
