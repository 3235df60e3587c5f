package org.spinechoice.app.clinic.export;

import java.util.function.Function;

/**
 * The columns of an export, in order, with the field name both formats use: the CSV header and the JSON lines' member
 * names come from this one list, so the two cannot drift apart. A value is text ({@link String}), a number
 * ({@link java.math.BigDecimal}), a yes/no ({@link Boolean}) or {@code null}.
 */
enum ExportColumn {
    PATIENT_PSEUDONYM("patientPseudonym", ExportedPromResponse::patientPseudonym),
    COURSE_ID("courseId", ExportedPromResponse::courseId),
    COURSE_OPTION_ID("courseOptionId", ExportedPromResponse::courseOptionId),
    COURSE_REGION("courseRegion", ExportedPromResponse::courseRegion),
    TIMEPOINT("timepoint", ExportedPromResponse::timepoint),
    OUTSIDE_WINDOW("outsideWindow", ExportedPromResponse::outsideWindow),
    TAKEN_ON("takenOn", row -> row.takenOn().toString()),
    INSTRUMENT("instrument", ExportedPromResponse::instrument),
    SCORE("score", ExportedPromResponse::score),
    SCORE_PERCENT("scorePercent", ExportedPromResponse::scorePercent),
    BAND("band", ExportedPromResponse::band),
    SYMPTOM_SEVERITY("symptomSeverity", ExportedPromResponse::symptomSeverity),
    PHYSICAL_FUNCTION("physicalFunction", ExportedPromResponse::physicalFunction),
    SATISFACTION("satisfaction", ExportedPromResponse::satisfaction),
    QUESTIONNAIRE_VERSION("questionnaireVersion", ExportedPromResponse::questionnaireVersion),
    SOURCE("source", ExportedPromResponse::source);

    private final String field;
    private final Function<ExportedPromResponse, Object> value;

    ExportColumn(String field, Function<ExportedPromResponse, Object> value) {
        this.field = field;
        this.value = value;
    }

    String field() {
        return field;
    }

    Object valueOf(ExportedPromResponse row) {
        return value.apply(row);
    }
}
