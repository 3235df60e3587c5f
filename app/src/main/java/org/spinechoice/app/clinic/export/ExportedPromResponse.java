package org.spinechoice.app.clinic.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One stored questionnaire response as the export writes it: the patient by pseudonym only, the course it belongs to,
 * and the score columns as stored. A member is {@code null} where its column is: a response with no course, or a
 * score the instrument does not have (the ZCQ has subscales and no total, most instruments no subscales).
 *
 * @param patientPseudonym the patient's pseudonym in this clinic ({@link PatientPseudonyms}), never their id
 * @param score numbers without trailing zeros, as the scoring API writes them (35.6, not 35.60)
 */
record ExportedPromResponse(
        String patientPseudonym,
        String courseId,
        String courseOptionId,
        String courseRegion,
        String timepoint,
        boolean outsideWindow,
        LocalDate takenOn,
        String instrument,
        BigDecimal score,
        BigDecimal scorePercent,
        String band,
        BigDecimal symptomSeverity,
        BigDecimal physicalFunction,
        BigDecimal satisfaction,
        String questionnaireVersion,
        String source) {

    ExportedPromResponse {
        Objects.requireNonNull(patientPseudonym, "patientPseudonym");
        Objects.requireNonNull(timepoint, "timepoint");
        Objects.requireNonNull(takenOn, "takenOn");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
        Objects.requireNonNull(source, "source");
    }
}
