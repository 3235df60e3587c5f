package org.spinechoice.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    private static final Passwords PASSWORDS = new Passwords();

    @Test
    void aHashIsArgon2idWithItsParametersAndAFreshSalt() {
        String first = PASSWORDS.hash("correct horse battery");
        String second = PASSWORDS.hash("correct horse battery");

        assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void onlyTheRightPasswordMatches() {
        String hash = PASSWORDS.hash("correct horse battery");

        assertThat(PASSWORDS.matches("correct horse battery", hash)).isTrue();
        assertThat(PASSWORDS.matches("correct horse batterY", hash)).isFalse();
        assertThat(PASSWORDS.matches(null, hash)).isFalse();
        assertThat(PASSWORDS.matches("x".repeat(Passwords.MAX_LENGTH + 1), hash))
                .isFalse();
        assertThat(PASSWORDS.matchesNoAccount("correct horse battery")).isFalse();
    }

    @Test
    void newPasswordsMustBeLongEnoughButNotHuge() {
        assertThat(Passwords.problemWith("short")).contains("at least 12");
        assertThat(Passwords.problemWith("   ")).contains("empty");
        assertThat(Passwords.problemWith("x".repeat(257))).contains("at most 256");
        assertThat(Passwords.problemWith("twelve chars")).isNull();
    }
}
