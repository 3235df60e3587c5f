package org.spinechoice.app.access;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Staff passwords, hashed with Argon2id (password4j) at the OWASP Password Storage Cheat Sheet's first setting:
 * 19 MiB of memory, 2 passes, 1 lane. The parameters travel inside each stored hash, so raising them later still
 * verifies older hashes. Thread-safe.
 */
public final class Passwords {

    /** Shortest password accepted for a staff account. */
    public static final int MIN_LENGTH = 12;

    /** Longest password accepted: hashing a huge input would let one request burn the CPU. */
    public static final int MAX_LENGTH = 256;

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);

    /**
     * A hash of a password nobody has, verified against when an email is unknown, so that a failed sign-in takes as
     * long whether or not the account exists.
     */
    private final String decoy;

    public Passwords() {
        this.decoy = hash("decoy password that matches no account");
    }

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public boolean matches(String password, String storedHash) {
        if (password == null || password.length() > MAX_LENGTH) {
            return false;
        }
        return Password.check(password, storedHash).with(Argon2Function.getInstanceFromHash(storedHash));
    }

    /** Spends the time of one verification without an account, and always fails. */
    public boolean matchesNoAccount(String password) {
        matches(password == null ? "" : password, decoy);
        return false;
    }

    /** Why a new password is refused, or {@code null} when it is acceptable. */
    public static String problemWith(String password) {
        if (password == null || password.isBlank()) {
            return "The password is empty.";
        }
        if (password.length() < MIN_LENGTH) {
            return "The password must be at least " + MIN_LENGTH + " characters long.";
        }
        if (password.length() > MAX_LENGTH) {
            return "The password must be at most " + MAX_LENGTH + " characters long.";
        }
        return null;
    }
}
