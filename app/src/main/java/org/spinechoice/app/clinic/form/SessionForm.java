package org.spinechoice.app.clinic.form;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.spinechoice.treatment.SessionKind;
import org.spinechoice.vocabulary.Coded;

/**
 * The session form's fields as the tree {@code SessionReader} reads, {@code {"date", "details": {"kind", …}}}: only
 * the fields of the kind chosen go into the details. Levels are typed on one line ({@code L4-L5, L5-S1}); sites and
 * exercises one per line, since their names may hold commas.
 */
final class SessionForm {

    static final String LEVEL_SEPARATORS = "[,;\\s]+";
    static final String LINE_SEPARATORS = "\\R";

    private SessionForm() {}

    /** The kind the form is for, when it names a known one. */
    static Optional<SessionKind> kind(FormFields form) {
        return form.value("kind").flatMap(id -> Coded.fromId(SessionKind.class, id));
    }

    static Map<String, Object> tree(FormFields form) {
        Map<String, Object> details = new LinkedHashMap<>();
        form.putText(details, "kind", "kind");
        kind(form).ifPresent(kind -> {
            switch (kind) {
                case INJECTION -> {
                    form.putText(details, "solution", "solution");
                    form.putText(details, "concentration", "concentration");
                    form.putDecimal(details, "volumeMl", "volumeMl");
                    form.putList(details, "levels", "levels", LEVEL_SEPARATORS);
                    form.putList(details, "sites", "sites", LINE_SEPARATORS);
                    form.putText(details, "imageGuidance", "imageGuidance");
                    form.putText(details, "clinician", "clinician");
                }
                case PHYSICAL_THERAPY -> {
                    form.putList(details, "exercises", "exercises", LINE_SEPARATORS);
                    form.putWholeNumber(details, "minutes", "minutes");
                }
                case SURGERY -> {
                    form.putText(details, "procedure", "procedure");
                    form.putList(details, "levels", "levels", LEVEL_SEPARATORS);
                }
                case OTHER -> form.putText(details, "text", "text");
            }
        });
        Map<String, Object> tree = new LinkedHashMap<>();
        form.putText(tree, "date", "date");
        tree.put("details", details);
        return tree;
    }
}
