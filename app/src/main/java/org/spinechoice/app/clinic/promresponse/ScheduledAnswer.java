package org.spinechoice.app.clinic.promresponse;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.Timepoint;
import org.spinechoice.prom.TimepointPlacement;

/**
 * A stored response as a course's questionnaire schedule sees it: which questionnaire, at which time point, on which
 * day, and with which course, if any.
 */
public record ScheduledAnswer(
        Optional<String> courseId, Instrument instrument, Timepoint timepoint, LocalDate takenOn) {

    public ScheduledAnswer {
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(timepoint, "timepoint");
        Objects.requireNonNull(takenOn, "takenOn");
    }

    /**
     * Whether it answers its time point of the course that starts on {@code courseStart}. A follow-up answers only its
     * own course's. A baseline answers every course it was taken no later than day 14 of, whichever course it came
     * with or none: that is the response the course-baseline rule of {@code spec/proms.md} compares follow-ups with.
     */
    public boolean answers(String course, LocalDate courseStart) {
        if (timepoint == Timepoint.BASELINE) {
            return TimepointPlacement.courseDay(courseStart, takenOn) <= TimepointPlacement.BASELINE_LAST_DAY;
        }
        return courseId.filter(course::equals).isPresent();
    }
}
