package org.spinechoice.treatment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vertebra or a spinal segment where treatment was given, written as clinicians write it: {@code L4}, {@code L4-L5},
 * {@code L5-S1}, {@code C5-C6}. Counts run C1–C7, T1–T12, L1–L6 (a sixth lumbar vertebra is a common variant) and
 * S1–S5; in a segment the second vertebra lies below the first, so a slip such as {@code L5-L4} is caught.
 */
public record SpinalLevel(String id) {

    /** Examples for messages that say what a level looks like. */
    public static final String EXAMPLES = "L4, L4-L5, L5-S1 or C5-C6";

    private static final Pattern VERTEBRA = Pattern.compile("([CTLS])(\\d{1,2})");
    private static final List<Region> REGIONS =
            List.of(new Region('C', 7), new Region('T', 12), new Region('L', 6), new Region('S', 5));

    public SpinalLevel {
        Objects.requireNonNull(id, "id");
        if (!isLevel(id)) {
            throw new IllegalArgumentException("not a spinal level: " + id + "; expected e.g. " + EXAMPLES);
        }
    }

    /** The level written as {@code text}, or empty when it is not one. */
    public static Optional<SpinalLevel> parse(String text) {
        return text != null && isLevel(text) ? Optional.of(new SpinalLevel(text)) : Optional.empty();
    }

    private static boolean isLevel(String text) {
        String[] vertebrae = text.split("-", -1);
        if (vertebrae.length > 2) {
            return false;
        }
        int upper = position(vertebrae[0]);
        if (vertebrae.length == 1) {
            return upper > 0;
        }
        int lower = position(vertebrae[1]);
        return upper > 0 && lower > upper;
    }

    /** The vertebra's place counted from C1 = 1 downwards; 0 when the text is not a vertebra. */
    private static int position(String vertebra) {
        Matcher matcher = VERTEBRA.matcher(vertebra);
        if (!matcher.matches() || matcher.group(2).startsWith("0")) {
            return 0;
        }
        int number = Integer.parseInt(matcher.group(2));
        int before = 0;
        for (Region region : REGIONS) {
            if (region.letter() == matcher.group(1).charAt(0)) {
                return number <= region.count() ? before + number : 0;
            }
            before += region.count();
        }
        return 0;
    }

    private record Region(char letter, int count) {}
}
