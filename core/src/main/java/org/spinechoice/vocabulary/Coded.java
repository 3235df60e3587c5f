package org.spinechoice.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A vocabulary value written in data files and JSON as a lower-case, kebab-case id. */
public interface Coded {

    /** Returns the id as written in data files and JSON, for example {@code very-low}. */
    String id();

    /** Finds the constant of {@code type} whose id is {@code id}. */
    static <E extends Enum<E> & Coded> Optional<E> fromId(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.id().equals(id))
                .findFirst();
    }

    /** Lists the ids of every constant of {@code type}, in declaration order. */
    static <E extends Enum<E> & Coded> List<String> ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::id).toList();
    }
}
