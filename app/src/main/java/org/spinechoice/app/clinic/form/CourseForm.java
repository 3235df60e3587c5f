package org.spinechoice.app.clinic.form;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The course forms' fields as the trees {@code CourseReader} reads: a new course, and a change of status (with the
 * reason it ended). Each field is named as its member.
 */
final class CourseForm {

    private CourseForm() {}

    static Map<String, Object> newCourse(FormFields form) {
        Map<String, Object> tree = new LinkedHashMap<>();
        form.putText(tree, "option", "option");
        form.putText(tree, "region", "region");
        form.putText(tree, "clinician", "clinician");
        form.putText(tree, "startDate", "startDate");
        form.putWholeNumber(tree, "plannedSessions", "plannedSessions");
        form.putWholeNumber(tree, "intervalWeeks", "intervalWeeks");
        form.putText(tree, "status", "status");
        return tree;
    }

    static Map<String, Object> statusChange(FormFields form) {
        Map<String, Object> tree = new LinkedHashMap<>();
        form.putText(tree, "status", "status");
        form.putText(tree, "endReason", "endReason");
        return tree;
    }
}
