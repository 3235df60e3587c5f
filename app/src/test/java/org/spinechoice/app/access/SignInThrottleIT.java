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
            // Each refused guess costs a password hash, so on a loaded machine the bucket may refill a token while
            // the burst is still going (one every few seconds): keep guessing until the throttle answers, then the
            // right password, sent at once, must be refused too.
            int guesses = 0;
            int status = 401;
            while (status == 401 && guesses < 3 * LoginThrottle.BURST) {
                status = new FormSession(app)
                        .signIn("guess-" + guesses + "@north.test", "whatever it is")
                        .statusCode();
                guesses++;
            }
            assertThat(status).isEqualTo(429);
            assertThat(guesses).isGreaterThan(LoginThrottle.BURST);

            assertThat(new FormSession(app)
                            .signIn("ann@north.test", ClinicFixture.PASSWORD)
                            .statusCode())
                    .isEqualTo(429);
        }
    }
}
