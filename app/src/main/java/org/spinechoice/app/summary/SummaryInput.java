package org.spinechoice.app.summary;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.spinechoice.triage.Intake;
import org.spinechoice.vocabulary.OptionId;

/**
 * What a summary is made from: a valid intake, the 2 to 4 options the person compared, and the questionnaires they
 * answered (checked answers, item id to value; absent when not answered). Immutable.
 */
public record SummaryInput(
        Intake intake,
        List<OptionId> compared,
        Optional<Map<String, Integer>> odiAnswers,
        Optional<Map<String, Integer>> sureAnswers) {

    public static final int MIN_COMPARED = 2;
    public static final int MAX_COMPARED = 4;

    public SummaryInput {
        Objects.requireNonNull(intake, "intake");
        compared = compared.stream().distinct().toList();
        if (compared.size() < MIN_COMPARED || compared.size() > MAX_COMPARED) {
            throw new IllegalArgumentException(
                    "a summary compares " + MIN_COMPARED + " to " + MAX_COMPARED + " options: " + compared);
        }
        odiAnswers = odiAnswers.map(Map::copyOf);
        sureAnswers = sureAnswers.map(Map::copyOf);
    }
}
