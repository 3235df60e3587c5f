package org.spinechoice.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionDetailsTest {

    private static final List<SpinalLevel> L4_L5 = List.of(new SpinalLevel("L4-L5"));

    @Test
    void anInjectionNamesALevelOrASite() {
        assertThat(injection(L4_L5, List.of()).kind()).isEqualTo(SessionKind.INJECTION);
        assertThat(injection(List.of(), List.of("iliolumbar ligament")).sites()).containsExactly("iliolumbar ligament");
        assertThatIllegalArgumentException().isThrownBy(() -> injection(List.of(), List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "200.01"})
    void anInjectedVolumeIsAboveZeroAndAtMost200Ml(String volume) {
        assertThatIllegalArgumentException().isThrownBy(() -> injection(new BigDecimal(volume)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.1", "2.5", "200"})
    void smallAndLargeVolumesWithinTheGuardAreKept(String volume) {
        assertThat(injection(new BigDecimal(volume)).volumeMl()).isEqualByComparingTo(volume);
    }

    @Test
    void theListsOfASessionAreCopiedAndBounded() {
        List<String> exercises = new ArrayList<>(List.of("walking"));
        SessionDetails.PhysicalTherapy session = new SessionDetails.PhysicalTherapy(exercises, 45);
        exercises.add("cycling");

        assertThat(session.exercises()).containsExactly("walking");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SessionDetails.PhysicalTherapy(
                        Collections.nCopies(SessionDetails.MAX_ITEMS + 1, "walking"), 45));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 601})
    void aPhysicalTherapySessionLastsOneTo600Minutes(int minutes) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SessionDetails.PhysicalTherapy(List.of("walking"), minutes));
    }

    @Test
    void anOperationNamesItsProcedureAndLevels() {
        assertThat(new SessionDetails.Surgery("laminectomy", L4_L5).kind()).isEqualTo(SessionKind.SURGERY);
        assertThatIllegalArgumentException().isThrownBy(() -> new SessionDetails.Surgery("laminectomy", List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new SessionDetails.Surgery(" ", L4_L5));
    }

    @Test
    void anyOtherSessionIsDescribedInWords() {
        assertThat(new SessionDetails.Other("massage").kind()).isEqualTo(SessionKind.OTHER);
        assertThatIllegalArgumentException().isThrownBy(() -> new SessionDetails.Other(""));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SessionDetails.Other("x".repeat(SessionDetails.Other.MAX_TEXT_LENGTH + 1)));
    }

    private static SessionDetails.Injection injection(List<SpinalLevel> levels, List<String> sites) {
        return new SessionDetails.Injection(
                "dextrose",
                Optional.of("15%"),
                BigDecimal.TEN,
                levels,
                sites,
                ImageGuidance.ULTRASOUND,
                Optional.empty());
    }

    private static SessionDetails.Injection injection(BigDecimal volume) {
        return new SessionDetails.Injection(
                "dextrose", Optional.empty(), volume, L4_L5, List.of(), ImageGuidance.NONE, Optional.empty());
    }
}
