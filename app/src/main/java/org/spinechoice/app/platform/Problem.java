package org.spinechoice.app.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem document. It names what went wrong and, for bad input, each field; it never carries a stack
 * trace or patient data.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    /** The media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending field, by its JSON path, and what was expected. */
    public record FieldError(String field, String message) {}

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        errors = List.copyOf(errors);
    }

    public static Problem notFound(String detail) {
        return new Problem("about:blank", "Not Found", 404, detail, List.of());
    }

    public static Problem internalError() {
        return new Problem(
                "about:blank",
                "Internal Server Error",
                500,
                "Something went wrong on our side. Please try again.",
                List.of());
    }

    /** Returns the problem as a JSON-ready map, leaving out an empty error list. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type);
        json.put("title", title);
        json.put("status", status);
        json.put("detail", detail);
        if (!errors.isEmpty()) {
            json.put("errors", errors);
        }
        return json;
    }
}
