package org.spinechoice.app.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Random secrets for links, sessions and tokens, and the one-way hash under which they are stored. A secret is 32
 * bytes (256 bits) from {@link SecureRandom}, written as base64url without padding (43 characters); only its
 * SHA-256 is ever written to the database, so a copy of the database opens nothing. Thread-safe.
 */
public final class Secrets {

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random;

    public Secrets(SecureRandom random) {
        this.random = random;
    }

    public static Secrets strong() {
        return new Secrets(new SecureRandom());
    }

    /** A fresh 256-bit secret. */
    public String next() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return BASE64URL.encodeToString(secret);
    }

    /** Whether {@code secret} could have been made by {@link #next()}; anything else is never looked up. */
    public static boolean wellFormed(String secret) {
        return secret != null && WELL_FORMED.matcher(secret).matches();
    }

    /** The SHA-256 of the text, as 64 lower-case hex digits. */
    public static String sha256(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Compares two secrets in time that does not depend on where they first differ. */
    public static boolean sameSecret(String expected, String given) {
        if (expected == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
