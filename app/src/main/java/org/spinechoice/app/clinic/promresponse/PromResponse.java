package org.spinechoice.app.clinic.promresponse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.Item;
import org.spinechoice.prom.PlacedTimepoint;
import org.spinechoice.prom.PromScore;

/**
 * A patient's questionnaire response as stored: the answers as given, their score, the time point it was placed at,
 * and the wording and route it came by.
 *
 * @param answers the answered items, in questionnaire order
 * @param score the score of the answers by the instrument's rules
 */
public record PromResponse(
        String id,
        String patientId,
        Optional<String> courseId,
        Instrument instrument,
        LocalDate takenOn,
        PlacedTimepoint timepoint,
        Map<String, Integer> answers,
        PromScore.Scored score,
        String questionnaireVersion,
        ResponseSource source,
        Instant createdAt) {

    public PromResponse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(takenOn, "takenOn");
        Objects.requireNonNull(timepoint, "timepoint");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(createdAt, "createdAt");
        if (score.instrument() != instrument) {
            throw new IllegalArgumentException("a " + instrument.id() + " response scored as "
                    + score.instrument().id());
        }
        answers = inQuestionnaireOrder(instrument, answers);
    }

    private static Map<String, Integer> inQuestionnaireOrder(Instrument instrument, Map<String, Integer> answers) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
            Integer answer = answers.get(item.id());
            if (answer != null) {
                ordered.put(item.id(), answer);
            }
        }
        if (ordered.size() != answers.size()) {
            throw new IllegalArgumentException("answers to items " + instrument.id() + " does not have");
        }
        return Collections.unmodifiableMap(ordered);
    }
}
