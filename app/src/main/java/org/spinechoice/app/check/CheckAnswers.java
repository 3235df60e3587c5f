package org.spinechoice.app.check;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every answer given so far, carried by the pages themselves (query string and hidden fields): the server keeps
 * nothing between steps. Only known fields are kept, so stray parameters never travel on. Immutable.
 */
public final class CheckAnswers {

    private static final Set<String> KNOWN_FIELDS = java.util.Arrays.stream(CheckStep.values())
            .flatMap(step -> step.fields().stream())
            .collect(Collectors.toUnmodifiableSet());

    private final Map<String, List<String>> values;

    private CheckAnswers(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Keeps the known fields of a request's parameters, dropping blank values. */
    public static CheckAnswers from(Map<String, List<String>> parameters) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        parameters.forEach((name, given) -> {
            if (KNOWN_FIELDS.contains(name)) {
                List<String> nonBlank = given.stream()
                        .filter(value -> !value.isBlank())
                        .map(String::strip)
                        .toList();
                if (!nonBlank.isEmpty()) {
                    kept.put(name, nonBlank);
                }
            }
        });
        return new CheckAnswers(kept);
    }

    public static CheckAnswers none() {
        return new CheckAnswers(Map.of());
    }

    public Optional<String> value(String field) {
        List<String> given = values.get(field);
        return given == null ? Optional.empty() : Optional.of(given.get(0));
    }

    public String valueOr(String field, String fallback) {
        return value(field).orElse(fallback);
    }

    public List<String> values(String field) {
        return values.getOrDefault(field, List.of());
    }

    public boolean has(String field, String value) {
        return values(field).contains(value);
    }

    public boolean answered(String field) {
        return values.containsKey(field);
    }

    /** The answers without the fields of {@code step}, which its form asks afresh. */
    public CheckAnswers without(CheckStep step) {
        Map<String, List<String>> kept = new LinkedHashMap<>(values);
        step.fields().forEach(kept::remove);
        return new CheckAnswers(kept);
    }

    /** Each answer as a name and value pair, for hidden fields. */
    public List<Map.Entry<String, String>> pairs() {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        values.forEach((name, given) -> given.forEach(value -> pairs.add(Map.entry(name, value))));
        return pairs;
    }

    /** The answers as a query string, without the leading question mark. */
    public String queryString() {
        return pairs().stream()
                .map(pair -> encode(pair.getKey()) + "=" + encode(pair.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The address of {@code step} carrying these answers. */
    public String link(CheckStep step) {
        String query = queryString();
        return "/check/" + step.path() + (query.isEmpty() ? "" : "?" + query);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
