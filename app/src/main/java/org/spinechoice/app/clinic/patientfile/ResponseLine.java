package org.spinechoice.app.clinic.patientfile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.spinechoice.app.clinic.promresponse.PromResponse;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.prom.PromScore;
import org.spinechoice.prom.SubscaleScore;

/**
 * A questionnaire response as one line of the patient's table: its score in words, and the course it followed.
 *
 * @param course the course it followed, in words, or empty text when it followed none
 */
public record ResponseLine(PromResponse response, String score, String course) {

    public ResponseLine {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(course, "course");
    }

    /** The score as the scoring rules give it: total and band, the NDI's percent, or the ZCQ's subscales. */
    static String score(PromScore.Scored score, Messages messages) {
        List<String> parts = new ArrayList<>();
        score.score().ifPresent(total -> parts.add(number(total)));
        score.percent().ifPresent(percent -> parts.add(messages.get("clinic.score.percent", number(percent))));
        for (SubscaleScore subscale : score.subscales()) {
            subscale.mean()
                    .ifPresent(mean -> parts.add(messages.get(
                            "clinic.score.subscale",
                            messages.get("clinic.score.subscale." + subscale.id()),
                            number(mean))));
        }
        score.band().ifPresent(band -> parts.add(messages.get("clinic.band." + band.id())));
        score.decisionalConflict()
                .filter(conflict -> conflict)
                .ifPresent(conflict -> parts.add(messages.get("clinic.score.conflict")));
        return String.join("; ", parts);
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
