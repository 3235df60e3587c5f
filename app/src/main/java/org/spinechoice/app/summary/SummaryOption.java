package org.spinechoice.app.summary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import org.spinechoice.evidence.Burden;
import org.spinechoice.evidence.Certainty;
import org.spinechoice.evidence.Direction;
import org.spinechoice.evidence.Suitability;

/**
 * One compared option with its key figures: how it is marked for this person and why, the evidence headline, the
 * first benefit and first harm (as "N of 100 people" where the source allows), what a course asks, and how well it
 * fits what the person said matters (0 to 100). Immutable.
 *
 * @param reasons why it is marked as it is, each with its citation marks
 */
public record SummaryOption(
        String id,
        String name,
        Suitability suitability,
        List<Cited> reasons,
        Cited headline,
        Direction direction,
        Certainty certainty,
        Optional<Figure> benefit,
        Optional<Figure> harm,
        Burden burden,
        int fitPercent) {

    /** A statement with the citation marks of its sources, such as "[1, 3]". */
    public record Cited(String text, String marks) {}

    /**
     * A benefit or harm: what was measured, over what time, against what, and the finding: as people out of 100
     * with icon arrays when the source gives a natural frequency, otherwise the statement in words.
     *
     * @param treatment "N of 100 people …" on this option, when given
     * @param comparison "N of 100 people …" on the comparator, when given
     * @param treatmentSvg the icon array of {@code treatment}, an inline SVG
     * @param comparisonSvg the icon array of {@code comparison}, an inline SVG
     */
    public record Figure(
            String outcome,
            String timeframe,
            String comparator,
            Optional<String> treatment,
            Optional<String> comparison,
            Optional<String> treatmentSvg,
            Optional<String> comparisonSvg,
            String statement,
            Certainty certainty,
            boolean underReview,
            String marks) {

        /**
         * An icon array for the tagged PDF, which takes an image's text from an {@code alt} attribute (the page
         * itself labels the SVG by its title).
         */
        public static String withAlt(String svg, String alt) {
            String escaped = alt.replace("&", "&amp;")
                    .replace("<", "&lt;")
                    .replace(">", "&gt;")
                    .replace("\"", "&quot;");
            return svg.replaceFirst("<svg ", "<svg alt=\"" + Matcher.quoteReplacement(escaped) + "\" ");
        }
    }

    public SummaryOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(suitability, "suitability");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(harm, "harm");
        Objects.requireNonNull(burden, "burden");
        if (fitPercent < 0 || fitPercent > 100) {
            throw new IllegalArgumentException("fit must be from 0 to 100: " + fitPercent);
        }
    }

    /** Whether any figure shown for this option is still being checked against its source. */
    public boolean hasFigureUnderReview() {
        return benefit.map(Figure::underReview).orElse(false)
                || harm.map(Figure::underReview).orElse(false);
    }
}
