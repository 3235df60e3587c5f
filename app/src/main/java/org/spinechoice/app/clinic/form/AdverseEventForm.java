package org.spinechoice.app.clinic.form;

import java.util.LinkedHashMap;
import java.util.Map;

/** The adverse-event form's fields as the tree {@code AdverseEventReader} reads; each named as its member. */
final class AdverseEventForm {

    private AdverseEventForm() {}

    static Map<String, Object> tree(FormFields form) {
        Map<String, Object> tree = new LinkedHashMap<>();
        form.putText(tree, "date", "date");
        form.putText(tree, "severity", "severity");
        form.putText(tree, "description", "description");
        form.putText(tree, "outcome", "outcome");
        return tree;
    }
}
