package org.spinechoice.app.clinic.promresponse;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.spinechoice.prom.PromSchedule;
import org.spinechoice.prom.ScheduledQuestionnaire;
import org.spinechoice.prom.Timepoint;
import org.spinechoice.prom.TimepointPlacement;
import org.spinechoice.vocabulary.SpinalRegion;

/**
 * The questionnaire schedule of one course from the patient's stored responses, the one rule the clinic's due list
 * and the patient's page share. A follow-up counts as done when a response of that course is stored at that time
 * point. The baseline counts as done by the course-baseline rule of {@code spec/proms.md}: any baseline response of
 * the patient taken no later than day 14, whichever course it came with, since a course's follow-ups are compared
 * with exactly that one. Pure and thread-safe.
 */
public final class CourseSchedule {

    private CourseSchedule() {}

    /** Every questionnaire of the course by time point then instrument, with its state on {@code today}. */
    public static List<ScheduledQuestionnaire> of(
            String courseId,
            SpinalRegion region,
            LocalDate courseStart,
            List<AnsweredTimepoint> patientResponses,
            LocalDate today) {
        return PromSchedule.of(courseStart, region, answered(courseId, courseStart, patientResponses), today);
    }

    static Set<PromSchedule.Answered> answered(
            String courseId, LocalDate courseStart, List<AnsweredTimepoint> patientResponses) {
        Set<PromSchedule.Answered> answered = new HashSet<>();
        for (AnsweredTimepoint response : patientResponses) {
            boolean counts = response.timepoint() == Timepoint.BASELINE
                    ? TimepointPlacement.courseDay(courseStart, response.takenOn())
                            <= TimepointPlacement.BASELINE_LAST_DAY
                    : response.courseId().filter(courseId::equals).isPresent();
            if (counts) {
                answered.add(new PromSchedule.Answered(response.instrument(), response.timepoint()));
            }
        }
        return answered;
    }
}
