package org.spinechoice.app.clinic.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.spinechoice.app.clinic.record.Reading;
import org.spinechoice.app.platform.Problem;
import org.spinechoice.vocabulary.Sex;

class PatientReaderTest {

    private static final Clock NEW_YEARS_EVE_2026 = Clock.fixed(Instant.parse("2026-12-31T12:00:00Z"), ZoneOffset.UTC);

    private final PatientReader reader = new PatientReader(NEW_YEARS_EVE_2026);

    @Test
    void aBirthYearRunsFrom1900ToThisYearByTheClock() {
        assertThat(reader.read(patient(1900))).isInstanceOf(Reading.Valid.class);
        assertThat(reader.read(patient(2026))).isInstanceOf(Reading.Valid.class);
        assertThat(fields(reader.read(patient(1899)))).containsExactly("birthYear");
        assertThat(fields(reader.read(patient(2027)))).containsExactly("birthYear");
        assertThat(fields(new PatientReader(Clock.offset(NEW_YEARS_EVE_2026, Duration.ofDays(1))).read(patient(2027))))
                .isEmpty();
    }

    @Test
    void optionalMembersAreReadWhenGiven() {
        Reading<NewPatient> reading = reader.read(Map.of(
                "displayName", "Maria Keller",
                "birthYear", 1952,
                "sex", "female",
                "reference", " MRN-1 ",
                "contactEmail", "maria@example.org"));

        NewPatient patient = ((Reading.Valid<NewPatient>) reading).value();
        assertThat(patient)
                .isEqualTo(new NewPatient(
                        "Maria Keller", 1952, Sex.FEMALE, Optional.of("MRN-1"), Optional.of("maria@example.org")));
    }

    @Test
    void aContactEmailLooksLikeOne() {
        Map<String, Object> body = Map.of(
                "displayName", "Maria Keller", "birthYear", 1952, "sex", "female", "contactEmail", "maria@example");

        assertThat(fields(reader.read(body))).containsExactly("contactEmail");
    }

    private static Map<String, Object> patient(int birthYear) {
        return Map.of("displayName", "Maria Keller", "birthYear", birthYear, "sex", "female");
    }

    private static List<String> fields(Reading<NewPatient> reading) {
        if (reading instanceof Reading.Invalid<NewPatient> invalid) {
            return invalid.errors().stream().map(Problem.FieldError::field).toList();
        }
        return List.of();
    }
}
