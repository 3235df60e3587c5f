package org.spinechoice.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Intakes as a JSON parser would give them (mutable maps and lists, so that a test can break one field), and
 * readings of them that must be valid or invalid.
 */
final class IntakeTrees {

    private IntakeTrees() {}

    /** The example intake of the contract. */
    static Map<String, Object> example() {
        return object(
                "region",
                "lumbar",
                "age",
                68,
                "sex",
                "female",
                "durationWeeks",
                30,
                "course",
                "stable",
                "symptoms",
                list("back-pain", "leg-pain", "walking-leg-symptoms"),
                "warningSigns",
                list(),
                "walkingMinutes",
                10,
                "healthFactors",
                list("diabetes"),
                "triedOptions",
                list("physical-therapy"),
                "preferences",
                object("avoid-surgery", 4, "avoid-needles", 1, "quick-relief", 2));
    }

    /** The smallest valid intake: only the required fields. */
    static Map<String, Object> minimal() {
        return object("region", "cervical", "age", 45);
    }

    /** Reads a tree that must be valid. */
    static Intake valid(Object tree) {
        IntakeReading reading = IntakeReader.read(tree);
        assertThat(reading).as("reading of %s", tree).isInstanceOf(IntakeReading.Valid.class);
        return ((IntakeReading.Valid) reading).intake();
    }

    /** Reads a tree that must be invalid, and returns its errors. */
    static List<IntakeError> errors(Object tree) {
        IntakeReading reading = IntakeReader.read(tree);
        assertThat(reading).as("reading of %s", tree).isInstanceOf(IntakeReading.Invalid.class);
        return ((IntakeReading.Invalid) reading).errors();
    }

    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    static List<Object> list(Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    /** A JSON number as a parser may give it: {@code 68}, {@code 68.0}, {@code "68"} (text) or a big decimal. */
    static Object number(String written) {
        if (written.startsWith("\"")) {
            return written.substring(1, written.length() - 1);
        }
        if (written.startsWith("big:")) {
            return new BigDecimal(written.substring("big:".length()));
        }
        if (written.startsWith("long:")) {
            return Long.parseLong(written.substring("long:".length()));
        }
        return written.contains(".") ? (Object) Double.parseDouble(written) : (Object) Integer.parseInt(written);
    }
}
