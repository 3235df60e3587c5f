package org.spinechoice.prom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spinechoice.vocabulary.Coded;

class InstrumentTest {

    @Test
    void theInstrumentIdsAreThoseOfTheSpec() {
        assertThat(Coded.ids(Instrument.class))
                .containsExactly(
                        "odi", "ndi", "zcq", "nrs-back", "nrs-leg", "nrs-neck", "nrs-arm", "mjoa", "sure", "walking");
    }

    @ParameterizedTest(name = "{0}: {1} items, first {2} {3}-{4}, last {5} {6}-{7}")
    @CsvSource({
        "odi, 10, odi-1, 0, 5, odi-10, 0, 5",
        "ndi, 10, ndi-1, 0, 5, ndi-10, 0, 5",
        "zcq, 18, zcq-s1, 1, 5, zcq-p6, 1, 4",
        "nrs-back, 1, nrs, 0, 10, nrs, 0, 10",
        "nrs-arm, 1, nrs, 0, 10, nrs, 0, 10",
        "mjoa, 4, mjoa-upper-motor, 0, 5, mjoa-bladder, 0, 3",
        "sure, 4, sure-1, 0, 1, sure-4, 0, 1",
        "walking, 1, walking-minutes, 0, 600, walking-minutes, 0, 600",
    })
    void eachInstrumentListsItsItemsAndAllowedAnswers(
            String id, int count, String first, int firstMin, int firstMax, String last, int lastMin, int lastMax) {
        List<Item> items = Coded.fromId(Instrument.class, id).orElseThrow().items();

        assertThat(items).hasSize(count);
        assertThat(items.get(0)).isEqualTo(new Item(first, firstMin, firstMax));
        assertThat(items.get(count - 1)).isEqualTo(new Item(last, lastMin, lastMax));
    }

    @Test
    void zcqSubscalesHaveTheirOwnRanges() {
        assertThat(Instrument.ZCQ.items())
                .filteredOn(item -> item.id().startsWith("zcq-s"))
                .hasSize(7)
                .allMatch(item -> item.min() == 1 && item.max() == 5);
        assertThat(Instrument.ZCQ.items())
                .filteredOn(item -> item.id().startsWith("zcq-f") || item.id().startsWith("zcq-p"))
                .hasSize(11)
                .allMatch(item -> item.min() == 1 && item.max() == 4);
        assertThat(Instrument.MJOA.item("mjoa-lower-motor")).hasValue(new Item("mjoa-lower-motor", 0, 7));
        assertThat(Instrument.MJOA.item("mjoa-upper-sensory")).hasValue(new Item("mjoa-upper-sensory", 0, 3));
    }

    @Test
    void onlyTheClinicianRatedMjoaIsKeptOutOfPatientLinks() {
        assertThat(Arrays.stream(Instrument.values()).filter(instrument -> !instrument.answerableByLink()))
                .containsExactly(Instrument.MJOA);
    }

    @Test
    void itemIdsAreUniqueWithinEachInstrument() {
        for (Instrument instrument : Instrument.values()) {
            assertThat(instrument.itemIds()).as(instrument.id()).doesNotHaveDuplicates();
        }
    }
}
