package org.spinechoice.app.clinic.form;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.prom.QuestionnaireWording;
import org.spinechoice.app.prom.SpineChoiceWording;
import org.spinechoice.prom.Instrument;
import org.spinechoice.prom.Item;
import org.spinechoice.prom.ModifiedJoaScale;

/**
 * The mJOA as a clinician enters it: short labels of its four items (Benzel version) with the points each allows,
 * not the scale's descriptions of each level, which the clinician rates from their own form. It is never shown to
 * patients, so it lives with the clinic's forms rather than with the patients' wording. Its note is the scale's
 * structure caution, shown until the structure has been checked.
 */
final class ClinicianWording {

    private ClinicianWording() {}

    static QuestionnaireWording mjoa(Messages messages) {
        List<QuestionnaireWording.Question> questions = Instrument.MJOA.items().stream()
                .map(item -> new QuestionnaireWording.Question(
                        item.id(),
                        messages.get("clinic.mjoa." + item.id()),
                        Optional.of(messages.get("clinic.mjoa.points", item.min(), item.max())),
                        choices(item),
                        Optional.empty()))
                .toList();
        return new QuestionnaireWording(
                Instrument.MJOA,
                SpineChoiceWording.VERSION,
                messages.get("clinic.mjoa.title"),
                Optional.of(messages.get("clinic.mjoa.intro")),
                false,
                Optional.of(ModifiedJoaScale.STRUCTURE_NOTE),
                questions);
    }

    private static List<QuestionnaireWording.Choice> choices(Item item) {
        return IntStream.rangeClosed(item.min(), item.max())
                .mapToObj(value -> new QuestionnaireWording.Choice(value, String.valueOf(value)))
                .toList();
    }
}
