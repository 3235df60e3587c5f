package org.spinechoice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** An evidence page reviewed more than 3 years before start-up says so; the API says so too. */
class ReviewOverdueIT {

    private static final String BANNER = "Review overdue";

    @Test
    void pagesReviewedRecentlyShowNoBanner() {
        try (TestApp app = TestApp.start(DatabaseKind.H2)) {
            assertThat(app.get("/options/prolotherapy").body()).doesNotContain(BANNER);
            assertThat(app.get("/stenosis").body()).doesNotContain(BANNER);
            assertThat(app.get("/api/options/prolotherapy").body()).contains("\"reviewOverdue\":false");
        }
    }

    @Test
    void fourYearsLaterEveryEvidencePageShowsTheBanner() {
        Clock fourYearsLater = Clock.offset(Clock.system(ZoneOffset.UTC), Duration.ofDays(4 * 366));
        try (TestApp app = TestApp.start(DatabaseKind.H2, fourYearsLater)) {
            assertThat(app.get("/options/prolotherapy").body()).contains(BANNER);
            assertThat(app.get("/stenosis").body()).contains(BANNER);
            assertThat(app.get("/api/options/prolotherapy").body()).contains("\"reviewOverdue\":true");
        }
    }
}
