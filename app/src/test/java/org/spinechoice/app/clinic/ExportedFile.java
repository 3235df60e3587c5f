package org.spinechoice.app.clinic;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.spinechoice.app.ClinicFixture;

/**
 * What the export tests read: an export as a member downloads it, its CSV split into records by the rules of RFC 4180
 * (written here, apart from the app's writer, so that the two can disagree), and a patient's pseudonym worked out from
 * the clinic's stored key as the issue defines it.
 */
final class ExportedFile {

    static final String CSV = "/api/clinic/export/prom-responses.csv";
    static final String JSON_LINES = "/api/clinic/export/prom-responses.jsonl";

    private ExportedFile() {}

    static HttpResponse<String> download(TestClinic clinic, ClinicFixture.Member member, String path) {
        return clinic.app.send(HttpRequest.newBuilder(clinic.app.uri(path))
                .header("Authorization", "Bearer " + member.token())
                .GET()
                .build());
    }

    /** The records of a CSV text, each a list of its fields unquoted. */
    static List<List<String>> csvRecords(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0) {
                    throw new AssertionError("a quote inside an unquoted field at " + i);
                }
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else if (c == '\n' || c == '\r') {
                throw new AssertionError("a line break outside quotes that is not CRLF at " + i);
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted || field.length() > 0 || !record.isEmpty()) {
            throw new AssertionError("the last record does not end in CRLF");
        }
        return records;
    }

    /** {@code P-} and the first 16 hex digits of HMAC-SHA256(patient id) under the clinic's key, as stored. */
    static String pseudonym(TestClinic clinic, String patientId) {
        String secret = pseudonymKey(clinic);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getUrlDecoder().decode(secret), "HmacSHA256"));
            String hash = HexFormat.of().formatHex(mac.doFinal(patientId.getBytes(StandardCharsets.UTF_8)));
            return "P-" + hash.substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pseudonymKey(TestClinic clinic) {
        return clinic.jdbi()
                .withHandle(handle -> handle.createQuery(
                                "SELECT secret FROM clinic_pseudonym_key WHERE clinic_id = :clinic")
                        .bind("clinic", clinic.id)
                        .mapTo(String.class)
                        .one());
    }

    static int pseudonymKeys(TestClinic clinic) {
        return clinic.rows("clinic_pseudonym_key");
    }
}
