package org.spinechoice.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpinalLevelTest {

    @ParameterizedTest
    @ValueSource(strings = {"L4", "L4-L5", "L5-S1", "L6-S1", "C5-C6", "C7-T1", "T12-L1", "C1", "S5", "L3-L5"})
    void levelsAreWrittenAsCliniciansWriteThem(String text) {
        assertThat(SpinalLevel.parse(text)).hasValue(new SpinalLevel(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "L5-L4",
                "L4-L4",
                "l4-l5",
                "L4 L5",
                "L4-",
                "-L5",
                "L4-L5-S1",
                "C8",
                "T13",
                "L7",
                "S6",
                "L0",
                "L04",
                "X1",
                "",
                "L4–L5"
            })
    void anythingElseIsNotALevel(String text) {
        assertThat(SpinalLevel.parse(text)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new SpinalLevel(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"L5-L4", "S1-L5", "T1-C7"})
    void theSecondVertebraOfASegmentLiesBelowTheFirst(String upsideDown) {
        assertThat(SpinalLevel.parse(upsideDown)).isEmpty();
    }
}
