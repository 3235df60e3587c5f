package org.spinechoice.app.clinic.patient;

import static org.spinechoice.app.clinic.record.RequestObject.Presence.OPTIONAL;
import static org.spinechoice.app.clinic.record.RequestObject.Presence.REQUIRED;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.spinechoice.app.clinic.record.Reading;
import org.spinechoice.app.clinic.record.RequestObject;
import org.spinechoice.app.platform.EmailAddress;
import org.spinechoice.vocabulary.Sex;

/**
 * Reads a new patient from a parsed JSON tree, naming every bad field: {@code displayName}, {@code birthYear} (1900
 * to this year), {@code sex} and, optionally, {@code reference} and {@code contactEmail}. Thread-safe.
 */
public final class PatientReader {

    private static final List<String> FIELDS = List.of("displayName", "birthYear", "sex", "reference", "contactEmail");

    private final Clock clock;

    public PatientReader(Clock clock) {
        this.clock = clock;
    }

    public Reading<NewPatient> read(Object tree) {
        RequestObject request = RequestObject.body(tree, FIELDS);
        Optional<String> name = request.text("displayName", REQUIRED, NewPatient.MAX_NAME_LENGTH);
        Optional<Integer> birthYear = request.wholeNumber(
                "birthYear",
                REQUIRED,
                NewPatient.EARLIEST_BIRTH_YEAR,
                Year.now(clock).getValue());
        Optional<Sex> sex = request.code("sex", REQUIRED, Sex.class);
        Optional<String> reference = request.text("reference", OPTIONAL, NewPatient.MAX_REFERENCE_LENGTH);
        Optional<String> email = request.text("contactEmail", OPTIONAL, EmailAddress.MAX_LENGTH);
        if (email.isPresent() && !EmailAddress.looksValid(email.get())) {
            request.error("contactEmail", "expected an email address such as name@example.org");
        }
        return Reading.of(
                request,
                () -> new NewPatient(name.orElseThrow(), birthYear.orElseThrow(), sex.orElseThrow(), reference, email));
    }
}
