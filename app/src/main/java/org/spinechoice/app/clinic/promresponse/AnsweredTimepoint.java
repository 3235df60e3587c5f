package org.spinechoice.app.clinic.promresponse;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.Timepoint;

/**
 * What a course's questionnaire schedule needs of a stored response: which questionnaire, at which time point, on
 * which day, and for which course (none for a response taken outside a course).
 */
public record AnsweredTimepoint(
        Optional<String> courseId, Instrument instrument, Timepoint timepoint, LocalDate takenOn) {

    public AnsweredTimepoint {
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(timepoint, "timepoint");
        Objects.requireNonNull(takenOn, "takenOn");
    }

    public static AnsweredTimepoint of(PromResponse response) {
        return new AnsweredTimepoint(
                response.courseId(), response.instrument(), response.timepoint().timepoint(), response.takenOn());
    }
}
