package org.spinechoice.app.clinic.form;

import java.util.LinkedHashMap;
import java.util.Map;

/** The new-patient form's fields as the tree {@code PatientReader} reads; each field is named as its member. */
final class PatientForm {

    private PatientForm() {}

    static Map<String, Object> tree(FormFields form) {
        Map<String, Object> tree = new LinkedHashMap<>();
        form.putText(tree, "displayName", "displayName");
        form.putWholeNumber(tree, "birthYear", "birthYear");
        form.putText(tree, "sex", "sex");
        form.putText(tree, "reference", "reference");
        form.putText(tree, "contactEmail", "contactEmail");
        return tree;
    }
}
