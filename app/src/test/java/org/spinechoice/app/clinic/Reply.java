package org.spinechoice.app.clinic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An answer of the clinic API, its body parsed. */
record Reply(int status, JsonNode json, Optional<String> contentType, Optional<String> location) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Reply of(HttpResponse<String> response) {
        try {
            JsonNode body = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Reply(
                    response.statusCode(),
                    body,
                    response.headers().firstValue("Content-Type"),
                    response.headers().firstValue("Location"));
        } catch (Exception e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    String id() {
        return json.get("id").asText();
    }

    /** The fields named in a problem document's errors, in order. */
    List<String> errorFields() {
        List<String> fields = new ArrayList<>();
        json.path("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    /** The message of the error naming {@code field}. */
    String errorMessage(String field) {
        for (JsonNode error : json.path("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("message").asText();
            }
        }
        throw new AssertionError("no error names " + field + ": " + json);
    }

    @Override
    public String toString() {
        return status + " " + json;
    }
}
