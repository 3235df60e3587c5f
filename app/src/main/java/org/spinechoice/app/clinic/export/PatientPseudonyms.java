package org.spinechoice.app.clinic.export;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How an export names a patient: {@code P-} and the first 16 hex digits (64 bits) of the HMAC-SHA256 of the patient's
 * id under the clinic's secret key. A keyed hash, not a plain one: patient ids are not secret (they are in every
 * API answer and link), so a plain hash of one could be recomputed by anyone holding an id, and matched to the file.
 * The same key gives the same pseudonym in every export. Not thread-safe (a {@link Mac} is not): one per export.
 */
final class PatientPseudonyms {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String PREFIX = "P-";
    private static final int BYTES_SHOWN = 8;

    private final Mac mac;

    /** @param secret the clinic's key as stored: 32 random bytes, base64url without padding */
    PatientPseudonyms(String secret) {
        try {
            mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(Base64.getUrlDecoder().decode(secret), ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has " + ALGORITHM, e);
        }
    }

    String of(String patientId) {
        byte[] hash = mac.doFinal(patientId.getBytes(StandardCharsets.UTF_8));
        return PREFIX + HexFormat.of().formatHex(hash, 0, BYTES_SHOWN);
    }
}
