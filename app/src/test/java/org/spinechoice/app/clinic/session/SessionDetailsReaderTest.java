package org.spinechoice.app.clinic.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.spinechoice.app.clinic.record.Reading;
import org.spinechoice.app.platform.Problem;
import org.spinechoice.treatment.ImageGuidance;
import org.spinechoice.treatment.SessionDetails;
import org.spinechoice.treatment.SpinalLevel;

class SessionDetailsReaderTest {

    private final SessionReader reader = new SessionReader();

    @Test
    void anInjectionIsReadWithItsOptionalMembersLeftOut() {
        SessionDetails details = details(Map.of(
                "kind", "injection",
                "solution", "dextrose",
                "volumeMl", new BigDecimal("2.5"),
                "sites", List.of("iliolumbar ligament"),
                "imageGuidance", "none"));

        assertThat(details)
                .isEqualTo(new SessionDetails.Injection(
                        "dextrose",
                        Optional.empty(),
                        new BigDecimal("2.5"),
                        List.of(),
                        List.of("iliolumbar ligament"),
                        ImageGuidance.NONE,
                        Optional.empty()));
    }

    @Test
    void writtenDetailsReadBackUnchanged() {
        List<SessionDetails> examples = List.of(
                new SessionDetails.Injection(
                        "dextrose",
                        Optional.of("15%"),
                        new BigDecimal("12.5"),
                        List.of(new SpinalLevel("L4-L5")),
                        List.of(),
                        ImageGuidance.FLUOROSCOPY,
                        Optional.of("a-user-id")),
                new SessionDetails.PhysicalTherapy(List.of("flexion stretches"), 45),
                new SessionDetails.Surgery("laminectomy", List.of(new SpinalLevel("L3-L5"))),
                new SessionDetails.Other("Advice on walking with a stick."));

        for (SessionDetails example : examples) {
            assertThat(SessionDetailsReader.stored(SessionDetailsJson.of(example)))
                    .isEqualTo(example);
        }
    }

    @Test
    void storedDetailsThatBreakTheRulesAreABrokenDatabase() {
        assertThatIllegalStateException()
                .isThrownBy(() -> SessionDetailsReader.stored(Map.of("kind", "surgery", "procedure", "laminectomy")));
    }

    @Test
    void anOperationNamesAtLeastOneLevel() {
        assertThat(errors(Map.of("kind", "surgery", "procedure", "laminectomy", "levels", List.of())))
                .containsExactly("details.levels");
    }

    @Test
    void aPhysicalTherapySessionListsExercisesAndMinutes() {
        assertThat(errors(Map.of("kind", "physical-therapy", "exercises", List.of("walking"), "minutes", 0)))
                .containsExactly("details.minutes");
        assertThat(errors(Map.of("kind", "physical-therapy", "minutes", 30))).containsExactly("details.exercises");
    }

    @Test
    void aKindThatIsNotTextIsNamed() {
        assertThat(errors(Map.of("kind", 3))).containsExactly("details.kind");
    }

    private SessionDetails details(Map<String, Object> details) {
        Reading<NewSession> reading = reader.read(Map.of("date", "2026-03-02", "details", details));
        assertThat(reading).isInstanceOf(Reading.Valid.class);
        return ((Reading.Valid<NewSession>) reading).value().details();
    }

    private List<String> errors(Map<String, Object> details) {
        Reading<NewSession> reading = reader.read(Map.of("date", "2026-03-02", "details", details));
        assertThat(reading).isInstanceOf(Reading.Invalid.class);
        return ((Reading.Invalid<NewSession>) reading)
                .errors().stream().map(Problem.FieldError::field).toList();
    }
}
