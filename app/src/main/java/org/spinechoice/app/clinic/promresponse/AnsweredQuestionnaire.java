package org.spinechoice.app.clinic.promresponse;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.PromScore;
import org.spinechoice.prom.PromScoring;
import org.spinechoice.prom.Timepoint;

/**
 * A questionnaire answered for a patient, every answer allowed ({@link PromResponseReader} reads one from a request).
 * Whether it can be scored is a separate question ({@link #score()}): an incomplete questionnaire is refused with its
 * missing items, never stored.
 *
 * @param answers the answered items only, by item id
 * @param timepoint the time point stated with it; without one it is placed by the course day
 * @param courseId the course it follows, which must be one of the same patient's
 * @param questionnaireVersion the wording it was answered in; without one, ours
 */
public record AnsweredQuestionnaire(
        Instrument instrument,
        LocalDate takenOn,
        Map<String, Integer> answers,
        Optional<Timepoint> timepoint,
        Optional<String> courseId,
        Optional<String> questionnaireVersion) {

    public static final int MAX_VERSION_LENGTH = 200;

    public AnsweredQuestionnaire {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(takenOn, "takenOn");
        answers = Map.copyOf(answers);
        Objects.requireNonNull(timepoint, "timepoint");
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
        answers.forEach((item, answer) -> {
            if (instrument.item(item).filter(known -> known.allows(answer)).isEmpty()) {
                throw new IllegalArgumentException(instrument.id() + " does not allow " + item + " = " + answer);
            }
        });
    }

    /** The score of the answers, or why there are too few to score (the spec's 422). Pure. */
    public PromScore score() {
        return PromScoring.score(instrument, answers);
    }
}
