package org.spinechoice.evidence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.spinechoice.vocabulary.Coded;

/**
 * Reads one node of a parsed document tree (maps, lists, strings, numbers, booleans) and records every problem
 * with the file and the path of the field, so that all problems of a file are reported at once.
 *
 * <p>Reading methods return {@code null} after recording a problem; {@link #build} turns such gaps into "no value"
 * without a second report. Not thread-safe: one reader per document.
 */
final class DocumentCursor {

    private final String file;
    private final String path;
    private final Object node;
    private final List<EvidenceProblem> problems;

    DocumentCursor(String file, Object node, List<EvidenceProblem> problems) {
        this(file, "", node, problems);
    }

    private DocumentCursor(String file, String path, Object node, List<EvidenceProblem> problems) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.problems = problems;
    }

    String file() {
        return file;
    }

    String path() {
        return path;
    }

    boolean isPresent() {
        return node != null;
    }

    void problem(String message) {
        problems.add(new EvidenceProblem(file, path, message));
    }

    /** Returns the named field of this object node; a missing field is a cursor with no node. */
    DocumentCursor field(String name) {
        String childPath = path.isEmpty() ? name : path + "." + name;
        Object child = node instanceof Map<?, ?> map ? map.get(name) : null;
        return new DocumentCursor(file, childPath, child, problems);
    }

    /** Checks that this node is an object holding no field outside {@code allowed}; false after a problem. */
    boolean isObjectWithOnly(Collection<String> allowed) {
        if (!(node instanceof Map<?, ?> map)) {
            problem(node == null ? "missing; expected an object" : "expected an object");
            return false;
        }
        Set<String> unknown = new TreeSet<>();
        map.keySet().forEach(key -> {
            if (!allowed.contains(String.valueOf(key))) {
                unknown.add(String.valueOf(key));
            }
        });
        unknown.forEach(key -> problems.add(new EvidenceProblem(
                file,
                path.isEmpty() ? key : path + "." + key,
                "unknown field; expected one of " + String.join(", ", allowed))));
        return true;
    }

    /** Reads a required, non-blank string. */
    String text() {
        if (node instanceof String text && !text.isBlank()) {
            return text.strip();
        }
        problem(node == null ? "missing; expected text" : "expected non-blank text");
        return null;
    }

    /** Reads an optional, non-blank string. */
    Optional<String> optionalText() {
        return node == null ? Optional.empty() : Optional.ofNullable(text());
    }

    Integer wholeNumber(int min, int max) {
        if (node instanceof Number number
                && number.doubleValue() == Math.rint(number.doubleValue())
                && number.doubleValue() >= min
                && number.doubleValue() <= max) {
            return number.intValue();
        }
        problem((node == null ? "missing; " : "") + "expected a whole number from " + min + " to " + max);
        return null;
    }

    Double decimal() {
        if (node instanceof Number number && Double.isFinite(number.doubleValue())) {
            return number.doubleValue();
        }
        problem(node == null ? "missing; expected a number" : "expected a number");
        return null;
    }

    Boolean bool() {
        if (node instanceof Boolean value) {
            return value;
        }
        problem(node == null ? "missing; expected true or false" : "expected true or false");
        return null;
    }

    LocalDate date() {
        String text = node instanceof LocalDate date ? date.toString() : text();
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem("expected a date as YYYY-MM-DD, got '" + text + "'");
            return null;
        }
    }

    <E extends Enum<E> & Coded> E code(Class<E> vocabulary) {
        String text = node instanceof String value ? value : null;
        Optional<E> value = text == null ? Optional.empty() : Coded.fromId(vocabulary, text);
        if (value.isEmpty()) {
            problem((node == null ? "missing; expected one of " : "unknown value '" + node + "'; expected one of ")
                    + String.join(", ", Coded.ids(vocabulary)));
        }
        return value.orElse(null);
    }

    /** Reads a list, mapping each item with its own cursor; items that fail to read are left out. */
    <T> List<T> list(Function<DocumentCursor, T> readItem) {
        if (!(node instanceof List<?> items)) {
            problem(node == null ? "missing; expected a list ([] when empty)" : "expected a list");
            return List.of();
        }
        List<T> result = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            T item = readItem.apply(new DocumentCursor(file, path + "[" + index + "]", items.get(index), problems));
            if (item != null) {
                result.add(item);
            }
        }
        return result;
    }

    /** Reads a list of vocabulary ids as a set. An absent list is empty. */
    <E extends Enum<E> & Coded> Set<E> codes(Class<E> vocabulary) {
        if (node == null) {
            return EnumSet.noneOf(vocabulary);
        }
        List<E> values = list(item -> item.code(vocabulary));
        return values.isEmpty() ? EnumSet.noneOf(vocabulary) : EnumSet.copyOf(values);
    }

    /** Reads the {@code sources} list of ids of a statement: at least one is required. */
    List<String> sourceIds() {
        DocumentCursor sources = field("sources");
        List<String> ids = sources.list(DocumentCursor::text);
        if (sources.isPresent() && ids.isEmpty() && sources.node instanceof List<?> list && list.isEmpty()) {
            sources.problem("every statement needs at least one source");
        }
        return ids;
    }

    /**
     * Builds a value from what was read. A gap left by an earlier problem yields {@code null} silently; a broken
     * invariant of the value is recorded as a problem at this path.
     */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (NullPointerException gapAlreadyReported) {
            return null;
        } catch (IllegalArgumentException brokenInvariant) {
            problem(brokenInvariant.getMessage());
            return null;
        }
    }
}
