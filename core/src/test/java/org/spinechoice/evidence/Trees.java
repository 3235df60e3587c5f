package org.spinechoice.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds and edits mutable document trees as a YAML parser would give them, so that a test can break one field
 * named by a path such as {@code benefits[0].naturalFrequency.treatment}.
 */
final class Trees {

    private Trees() {}

    /** Returns a mutable object node from alternating keys and values. */
    static Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs");
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /** Returns a mutable list node. */
    static List<Object> list(Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    /** Returns the node at {@code path}. */
    static Object get(Object tree, String path) {
        Object node = tree;
        for (String segment : path.split("\\.")) {
            node = step(node, segment);
        }
        return node;
    }

    /** Replaces (or adds) the node at {@code path}. */
    @SuppressWarnings("unchecked")
    static void set(Object tree, String path, Object value) {
        Object parent = parentOf(tree, path);
        String last = lastSegment(path);
        int bracket = last.indexOf('[');
        if (bracket < 0) {
            ((Map<String, Object>) parent).put(last, value);
        } else {
            ((List<Object>) step(parent, last.substring(0, bracket))).set(indexOf(last), value);
        }
    }

    /** Appends an item to the list at {@code path}. */
    @SuppressWarnings("unchecked")
    static void append(Object tree, String path, Object item) {
        ((List<Object>) get(tree, path)).add(item);
    }

    /** Removes the field or list item at {@code path}. */
    @SuppressWarnings("unchecked")
    static void remove(Object tree, String path) {
        Object parent = parentOf(tree, path);
        String last = lastSegment(path);
        int bracket = last.indexOf('[');
        if (bracket < 0) {
            ((Map<String, Object>) parent).remove(last);
        } else {
            ((List<Object>) step(parent, last.substring(0, bracket))).remove(indexOf(last));
        }
    }

    /** Renames the field at {@code path}, as a typo in its name would, keeping its value. */
    static void rename(Object tree, String path, String newName) {
        Object value = get(tree, path);
        remove(tree, path);
        int dot = path.lastIndexOf('.');
        set(tree, dot < 0 ? newName : path.substring(0, dot + 1) + newName, value);
    }

    /** Returns a deep, mutable copy of a tree. */
    static Object copy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put((String) key, copy(value)));
            return copy;
        }
        if (node instanceof List<?> items) {
            List<Object> copy = new ArrayList<>();
            items.forEach(item -> copy.add(copy(item)));
            return copy;
        }
        return node;
    }

    private static Object parentOf(Object tree, String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? tree : get(tree, path.substring(0, dot));
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static Object step(Object node, String segment) {
        int bracket = segment.indexOf('[');
        String name = bracket < 0 ? segment : segment.substring(0, bracket);
        Object child = name.isEmpty() ? node : ((Map<?, ?>) node).get(name);
        if (child == null) {
            throw new IllegalArgumentException("no node '" + segment + "'");
        }
        return bracket < 0 ? child : ((List<?>) child).get(indexOf(segment));
    }

    private static int indexOf(String segment) {
        return Integer.parseInt(segment.substring(segment.indexOf('[') + 1, segment.indexOf(']')));
    }
}
