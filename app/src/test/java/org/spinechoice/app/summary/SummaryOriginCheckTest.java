package org.spinechoice.app.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummaryOriginCheckTest {

    @Test
    void fetchMetadataDecidesWhenTheBrowserSendsIt() {
        assertThat(SummaryOriginCheck.sameOrigin("same-origin", null, "localhost:8080"))
                .isTrue();
        assertThat(SummaryOriginCheck.sameOrigin("same-site", "http://localhost:8080", "localhost:8080"))
                .isFalse();
        assertThat(SummaryOriginCheck.sameOrigin("cross-site", null, "localhost:8080"))
                .isFalse();
        assertThat(SummaryOriginCheck.sameOrigin("none", null, "localhost:8080"))
                .isFalse();
    }

    @Test
    void otherwiseTheOriginMustNameThisHostAndPort() {
        assertThat(SummaryOriginCheck.sameOrigin(null, "http://localhost:8080", "localhost:8080"))
                .isTrue();
        assertThat(SummaryOriginCheck.sameOrigin(null, "https://SpineChoice.example", "spinechoice.example:443"))
                .isTrue();
        assertThat(SummaryOriginCheck.sameOrigin(null, "http://localhost:9090", "localhost:8080"))
                .isFalse();
        assertThat(SummaryOriginCheck.sameOrigin(null, "https://evil.example", "spinechoice.example"))
                .isFalse();
        assertThat(SummaryOriginCheck.sameOrigin(null, "null", "spinechoice.example"))
                .isFalse();
        assertThat(SummaryOriginCheck.sameOrigin(null, "not a url", "spinechoice.example"))
                .isFalse();
    }

    @Test
    void aPostWithNeitherHeaderIsRefused() {
        assertThat(SummaryOriginCheck.sameOrigin(null, null, "localhost:8080")).isFalse();
    }
}
