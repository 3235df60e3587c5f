package org.spinechoice.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CourseStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "PLANNED, ACTIVE, true",
        "PLANNED, STOPPED, true",
        "PLANNED, COMPLETED, false",
        "ACTIVE, COMPLETED, true",
        "ACTIVE, STOPPED, true",
        "ACTIVE, PLANNED, false",
        "COMPLETED, ACTIVE, false",
        "COMPLETED, STOPPED, false",
        "STOPPED, ACTIVE, false",
        "STOPPED, COMPLETED, false",
        "STOPPED, PLANNED, false"
    })
    void aCourseMovesFromPlannedThroughActiveToAnEnd(CourseStatus from, CourseStatus to, boolean allowed) {
        assertThat(from.mayBecome(to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @EnumSource(CourseStatus.class)
    void stayingAsItIsIsNeverAChange(CourseStatus status) {
        assertThat(status.mayBecome(status)).isTrue();
        assertThat(status.next()).doesNotContain(status);
    }

    @ParameterizedTest
    @EnumSource(
            value = CourseStatus.class,
            names = {"COMPLETED", "STOPPED"})
    void anEndedCourseIsFinal(CourseStatus ended) {
        assertThat(ended.isFinal()).isTrue();
        assertThat(ended.next()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = CourseStatus.class,
            names = {"PLANNED", "ACTIVE"})
    void aCourseNotYetEndedMayStillBeStopped(CourseStatus open) {
        assertThat(open.isFinal()).isFalse();
        assertThat(open.mayBecome(CourseStatus.STOPPED)).isTrue();
    }
}
