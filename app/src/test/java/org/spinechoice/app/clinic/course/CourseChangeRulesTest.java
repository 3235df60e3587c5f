package org.spinechoice.app.clinic.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spinechoice.treatment.CourseStatus;
import org.spinechoice.vocabulary.OptionId;
import org.spinechoice.vocabulary.SpinalRegion;

class CourseChangeRulesTest {

    @Test
    void aPlannedCourseMayStartOrBeStoppedWithAReasonButNotCompleteAtOnce() {
        TreatmentCourse planned = course(CourseStatus.PLANNED, Optional.empty());

        assertThat(problems(planned, status(CourseStatus.ACTIVE))).isEmpty();
        assertThat(problems(planned, stop("moved away"))).isEmpty();
        assertThat(problems(planned, status(CourseStatus.COMPLETED)))
                .containsExactly("status: A planned course may become active or stopped, not completed.");
    }

    @Test
    void stoppingTakesAReasonAndOnlyAnEndedCourseHasOne() {
        TreatmentCourse active = course(CourseStatus.ACTIVE, Optional.empty());

        assertThat(problems(active, status(CourseStatus.STOPPED)))
                .containsExactly("endReason: required when a course is stopped: say why it was stopped");
        assertThat(problems(active, reason("feeling better")))
                .containsExactly("endReason: only a completed or stopped course has an end reason");
        assertThat(problems(
                        active,
                        new CourseChange(
                                Optional.of(CourseStatus.COMPLETED),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty())))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = CourseStatus.class,
            names = {"COMPLETED", "STOPPED"})
    void anEndedCourseKeepsItsStatusAndPlanButItsReasonMayBeCorrected(CourseStatus ended) {
        TreatmentCourse course = course(ended, Optional.of("done"));

        assertThat(problems(
                        course,
                        new CourseChange(
                                Optional.of(CourseStatus.ACTIVE),
                                Optional.empty(),
                                Optional.of(8),
                                Optional.of(4),
                                Optional.of("someone-else"))))
                .extracting(problem -> problem.substring(0, problem.indexOf(':')))
                .containsExactly("status", "plannedSessions", "intervalWeeks", "clinician");
        assertThat(problems(course, reason("all sessions given"))).isEmpty();
        assertThat(problems(
                        course,
                        new CourseChange(
                                Optional.of(ended),
                                Optional.empty(),
                                Optional.of(4),
                                Optional.of(5),
                                Optional.of("me"))))
                .as("values equal to the stored ones are no change")
                .isEmpty();
    }

    private static List<String> problems(TreatmentCourse course, CourseChange change) {
        return CourseChangeRules.problems(course, change).stream()
                .map(error -> error.field() + ": " + error.message())
                .toList();
    }

    private static CourseChange status(CourseStatus status) {
        return new CourseChange(
                Optional.of(status), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static CourseChange stop(String reason) {
        return new CourseChange(
                Optional.of(CourseStatus.STOPPED),
                Optional.of(reason),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    private static CourseChange reason(String reason) {
        return new CourseChange(
                Optional.empty(), Optional.of(reason), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static TreatmentCourse course(CourseStatus status, Optional<String> endReason) {
        return new TreatmentCourse(
                "course",
                "patient",
                OptionId.PROLOTHERAPY,
                SpinalRegion.LUMBAR,
                Optional.of("me"),
                LocalDate.parse("2026-03-02"),
                4,
                5,
                status,
                endReason,
                Instant.parse("2026-03-02T09:00:00Z"));
    }
}
