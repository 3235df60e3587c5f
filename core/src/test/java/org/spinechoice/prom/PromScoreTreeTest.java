package org.spinechoice.prom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spinechoice.prom.Answers.incomplete;
import static org.spinechoice.prom.Answers.scored;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The members of the API response for each kind of instrument ({@code spec/proms.md}, API). */
class PromScoreTreeTest {

    @Test
    void anOdiResponseHasTheMembersOfTheSpecExample() {
        Map<String, Object> tree = PromScoreTree.of(scored(Instrument.ODI, "5 4 4 4 4 4 4 - 4 4"));

        assertThat(tree)
                .containsExactly(
                        Map.entry("instrument", "odi"),
                        Map.entry("score", new BigDecimal("82.2")),
                        Map.entry("range", List.of(0, 100)),
                        Map.entry("band", "extreme"),
                        Map.entry("answered", 9),
                        Map.entry("missing", List.of("odi-8")));
    }

    @Test
    void anNdiResponseAddsThePercent() {
        assertThat(PromScoreTree.of(scored(Instrument.NDI, "2 2 2 1 2 1 1 2 1 1"))
                        .keySet())
                .containsExactly("instrument", "score", "percent", "range", "band", "answered", "missing");
    }

    @Test
    void painRatingsAndWalkingHaveNoBand() {
        assertThat(PromScoreTree.of(scored(Instrument.NRS_BACK, "7")).keySet())
                .containsExactly("instrument", "score", "range", "answered", "missing");
        assertThat(PromScoreTree.of(scored(Instrument.WALKING, "30")).get("range"))
                .isEqualTo(List.of(0, 600));
    }

    @Test
    void aSureResponseStatesDecisionalConflictInsteadOfABand() {
        Map<String, Object> tree = PromScoreTree.of(scored(Instrument.SURE, "1 1 0 1"));

        assertThat(tree.keySet())
                .containsExactly("instrument", "score", "range", "decisionalConflict", "answered", "missing");
        assertThat(tree.get("decisionalConflict")).isEqualTo(true);
    }

    @Test
    void anMjoaResponseCarriesTheStructureNote() {
        Map<String, Object> tree = PromScoreTree.of(scored(Instrument.MJOA, "5 7 3 3"));

        assertThat(tree.keySet())
                .containsExactly("instrument", "score", "range", "band", "answered", "missing", "note");
    }

    @Test
    void aZcqResponseHasSubscalesWithNullsAndNoScoreRangeOrBand() {
        Map<String, Object> tree = PromScoreTree.of(scored(Instrument.ZCQ, "3 3 4 3 3 3 3 | 2 3 2 3 2 | - - - - - -"));
        Map<String, Object> subscales = new HashMap<>();
        subscales.put("symptom-severity", new BigDecimal("3.14"));
        subscales.put("physical-function", new BigDecimal("2.40"));
        subscales.put("satisfaction", null);

        assertThat(tree.keySet()).containsExactly("instrument", "subscales", "incomplete", "answered", "missing");
        assertThat(tree.get("subscales")).isEqualTo(subscales);
        assertThat(tree.get("incomplete")).isEqualTo(List.of());
    }

    @Test
    void anIncompleteResponseNamesTheMissingItemsAndTheLimit() {
        Map<String, Object> tree = PromScoreTree.of(incomplete(Instrument.NDI, "- - - 0 0 0 0 0 0 0"));

        assertThat(tree)
                .containsEntry("missing", List.of("ndi-1", "ndi-2", "ndi-3"))
                .containsEntry("maxMissing", 2);
        assertThat(tree.keySet()).containsExactly("instrument", "detail", "missing", "maxMissing");
    }
}
