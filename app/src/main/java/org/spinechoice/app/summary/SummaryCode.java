package org.spinechoice.app.summary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The code in a saved summary's link: 32 random bytes (256 bits) from {@link SecureRandom}, written as base64url
 * without padding (43 characters). Only its SHA-256 hash is stored, so a copy of the database cannot open a summary.
 * Thread-safe.
 */
final class SummaryCode {

    static final int BYTES = 32;
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random;

    SummaryCode(SecureRandom random) {
        this.random = random;
    }

    String next() {
        byte[] code = new byte[BYTES];
        random.nextBytes(code);
        return BASE64URL.encodeToString(code);
    }

    /** Whether {@code code} could have been made by {@link #next()}; anything else is never looked up. */
    static boolean wellFormed(String code) {
        return code != null && WELL_FORMED.matcher(code).matches();
    }

    /** The SHA-256 of the code, as 64 lower-case hex digits. */
    static String hash(String code) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
