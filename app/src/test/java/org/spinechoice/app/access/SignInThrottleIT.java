package org.spinechoice.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spinechoice.app.ClinicFixture;
import org.spinechoice.app.DatabaseKind;
import org.spinechoice.app.TestApp;

/** Failed sign-ins from one address are throttled; in its own app, since the throttle is per server. */
class SignInThrottleIT {

    @Test
    void afterTheBurstOfFailuresEvenTheRightPasswordMustWait() {
        try (TestApp app = TestApp.start(DatabaseKind.H2)) {
            ClinicFixture clinics = new ClinicFixture(app);
            clinics.clinic("north");
            clinics.member("north", "ann@north.test", "clinic-admin");
            for (int attempt = 0; attempt < LoginThrottle.BURST; attempt++) {
                assertThat(new FormSession(app)
                                .signIn("guess-" + attempt + "@north.test", "whatever it is")
                                .statusCode())
                        .isEqualTo(401);
            }

            assertThat(new FormSession(app)
                            .signIn("ann@north.test", ClinicFixture.PASSWORD)
                            .statusCode())
                    .isEqualTo(429);
        }
    }
}
