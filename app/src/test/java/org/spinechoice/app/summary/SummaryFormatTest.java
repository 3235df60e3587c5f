package org.spinechoice.app.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummaryFormatTest {

    @Test
    void theClientsPreferenceWinsByQualityThenOrder() {
        assertThat(SummaryFormat.negotiate("application/pdf")).hasValue(SummaryFormat.PDF);
        assertThat(SummaryFormat.negotiate("text/html")).hasValue(SummaryFormat.HTML);
        assertThat(SummaryFormat.negotiate("text/html;q=0.5, application/pdf")).hasValue(SummaryFormat.PDF);
        assertThat(SummaryFormat.negotiate("application/json, text/html;q=0.1")).hasValue(SummaryFormat.HTML);
        assertThat(SummaryFormat.negotiate("application/pdf;q=0, */*")).hasValue(SummaryFormat.HTML);
    }

    @Test
    void noPreferenceGivesThePage() {
        assertThat(SummaryFormat.negotiate(null)).hasValue(SummaryFormat.HTML);
        assertThat(SummaryFormat.negotiate("*/*")).hasValue(SummaryFormat.HTML);
    }

    @Test
    void neitherFormAcceptedGivesNothing() {
        assertThat(SummaryFormat.negotiate("application/json")).isEmpty();
        assertThat(SummaryFormat.negotiate("image/png;q=oops")).isEmpty();
    }
}
