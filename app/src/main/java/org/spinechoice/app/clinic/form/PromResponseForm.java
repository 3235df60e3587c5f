package org.spinechoice.app.clinic.form;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.spinechoice.prom.Instrument;
import org.spinechoice.vocabulary.Coded;

/**
 * The questionnaire form's fields as the tree {@code PromResponseReader} reads. Each answer's field is named by its
 * item id; a question left blank is unanswered, as the scoring rules count it. The version is left out: the pages
 * ask in our wording, the reader's default.
 */
final class PromResponseForm {

    private PromResponseForm() {}

    /** The instrument the form is for, when it names a known one. */
    static Optional<Instrument> instrument(FormFields form) {
        return form.value("instrument").flatMap(id -> Coded.fromId(Instrument.class, id));
    }

    static Map<String, Object> tree(FormFields form) {
        Map<String, Object> tree = new LinkedHashMap<>();
        form.putText(tree, "instrument", "instrument");
        form.putText(tree, "takenOn", "takenOn");
        form.putText(tree, "timepoint", "timepoint");
        form.putText(tree, "courseId", "courseId");
        Map<String, Object> answers = new LinkedHashMap<>();
        instrument(form)
                .ifPresent(
                        instrument -> instrument.itemIds().forEach(item -> form.putWholeNumber(answers, item, item)));
        tree.put("answers", answers);
        return tree;
    }
}
