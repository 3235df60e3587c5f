package org.spinechoice.app.option;

import java.util.Locale;
import java.util.Objects;
import org.spinechoice.app.platform.Citations;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.evidence.Certainty;
import org.spinechoice.evidence.Claim;
import org.spinechoice.evidence.NaturalFrequency;
import org.spinechoice.evidence.OptionEvidence;
import org.spinechoice.evidence.OutcomeStatement;

/**
 * What the option page template needs beyond the evidence record: citation numbers, figures in words and icon
 * arrays. Immutable.
 */
public record OptionView(OptionEvidence option, boolean reviewOverdue, Messages messages) {

    public OptionView {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(messages, "messages");
    }

    /** Returns the numbering of this option's sources, for citation marks. */
    public Citations citations() {
        return new Citations(option.sources());
    }

    /** Describes a certainty level in plain words. */
    public String certaintyInWords(Certainty certainty) {
        return messages.get("certainty." + certainty.id() + ".explained");
    }

    public String certaintyLabel(Certainty certainty) {
        return messages.get("certainty." + certainty.id());
    }

    /** Returns the icon arrays of a statement's natural frequency: this option, and the comparator when given. */
    public String iconArrays(OutcomeStatement statement, String kind, int index) {
        NaturalFrequency frequency = statement.naturalFrequency().orElseThrow();
        IconArray.Tone tone = kind.equals("harm") ? IconArray.Tone.HARM : IconArray.Tone.BENEFIT;
        String prefix = kind + index;
        StringBuilder html = new StringBuilder();
        html.append(figure(prefix + "-t", frequency.treatment(), tone, option.name(), frequency.event()));
        frequency
                .comparison()
                .ifPresent(comparison -> html.append(figure(
                        prefix + "-c", comparison, IconArray.Tone.NEUTRAL, statement.comparator(), frequency.event())));
        return html.toString();
    }

    private String figure(String id, double perHundred, IconArray.Tone tone, String arm, String event) {
        String sentence = messages.get("figure.per100", count(perHundred), event);
        String label = arm + ": " + sentence;
        return "<figure class=\"array\">" + IconArray.svg(id, perHundred, tone, label) + "<figcaption><strong>"
                + escape(arm) + "</strong><br>" + escape(sentence) + "</figcaption></figure>";
    }

    /** Writes a count of 100 people in words: whole numbers plainly, decimals with "about". */
    public String count(double perHundred) {
        if (perHundred == Math.rint(perHundred)) {
            return String.valueOf((long) perHundred);
        }
        if (perHundred < 1) {
            return messages.get("figure.fewerThanOne", String.format(Locale.ROOT, "%.2f", perHundred));
        }
        return messages.get(
                "figure.about", String.format(Locale.ROOT, "%.1f", perHundred), IconArray.highlightedIcons(perHundred));
    }

    /** Writes a claimed fraction as people out of 100. */
    public String claimedCount(Claim claim) {
        return count(Math.round(claim.figure().orElseThrow() * 1000) / 10.0);
    }

    public String number(double value) {
        String digits = String.valueOf(value);
        return digits.replace("-", "\u2212");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
