package org.spinechoice.app.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Parses a request body into a plain tree, refusing anything that could silently drop a field: a repeated key, or
 * content after the object. The one way a JSON body enters the app's readers. Thread-safe.
 */
public final class StrictJson {

    private final ObjectMapper json;

    public StrictJson(ObjectMapper json) {
        this.json = json.copy()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** A parsed tree of maps, lists, strings, numbers, booleans and nulls, or the 400 problem document. */
    public sealed interface Parsed {}

    public record Tree(Object value) implements Parsed {}

    public record Invalid(Map<String, Object> problem) implements Parsed {
        public Invalid {
            Objects.requireNonNull(problem, "problem");
        }
    }

    public Parsed parse(String body) {
        try {
            return new Tree(json.readValue(body, Object.class));
        } catch (JsonProcessingException e) {
            String detail = "The request body is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null
                            ? ""
                            : " (line " + e.getLocation().getLineNr() + ", column "
                                    + e.getLocation().getColumnNr() + ")");
            return new Invalid(new Problem("about:blank", "Invalid JSON", 400, detail, List.of()).toJson());
        }
    }
}
