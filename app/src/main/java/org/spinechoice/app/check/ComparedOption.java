package org.spinechoice.app.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spinechoice.app.option.IconArray;
import org.spinechoice.app.option.OptionView;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.evidence.NaturalFrequency;
import org.spinechoice.evidence.OptionEvidence;
import org.spinechoice.evidence.OutcomeStatement;

/**
 * One column of the comparison grid: the option's own answers to the same questions as every other column, with
 * the first benefit and the first harm that have a figure drawn as icon arrays of 100 people. Immutable.
 *
 * @param index the column's position, which keeps the icon arrays' ids unique on the page
 */
public record ComparedOption(OptionEvidence option, int index, Messages messages) {

    /** The end of a sentence: a full stop, question or exclamation mark followed by a space and a capital. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[A-Z])");

    private static final int SHORT_SENTENCES = 2;

    public ComparedOption {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(messages, "messages");
    }

    /** The first sentences of what the option involves; the option page holds the rest. */
    public String involvedInShort() {
        String text = option.whatItInvolves().strip();
        Matcher end = SENTENCE_END.matcher(text);
        int cut = -1;
        for (int sentence = 0; sentence < SHORT_SENTENCES && end.find(); sentence++) {
            cut = end.end();
        }
        return cut < 0 ? text : text.substring(0, cut);
    }

    /** The first benefit that has a "N of 100 people" figure, if any. */
    public Optional<OutcomeStatement> benefit() {
        return firstWithFigure(option.benefits());
    }

    /** The first harm that has a "N of 100 people" figure, if any. */
    public Optional<OutcomeStatement> harm() {
        return firstWithFigure(option.harms());
    }

    /** Icon arrays of the benefit figure: this option and, when the study gives it, the comparator. */
    public String benefitArrays() {
        return arrays(benefit().orElseThrow(), "b", IconArray.Tone.BENEFIT);
    }

    /** Icon arrays of the harm figure: this option and, when the study gives it, the comparator. */
    public String harmArrays() {
        return arrays(harm().orElseThrow(), "h", IconArray.Tone.HARM);
    }

    public String certaintyInWords() {
        return messages.get("certainty." + option.headline().certainty().id() + ".explained");
    }

    private String arrays(OutcomeStatement statement, String kind, IconArray.Tone tone) {
        NaturalFrequency frequency = statement.naturalFrequency().orElseThrow();
        String prefix = "cmp" + index + "-" + kind;
        StringBuilder html = new StringBuilder(2048);
        html.append(figure(prefix + "-t", frequency.treatment(), tone, option.name(), frequency.event()));
        frequency
                .comparison()
                .ifPresent(comparison -> html.append(figure(
                        prefix + "-c", comparison, IconArray.Tone.NEUTRAL, statement.comparator(), frequency.event())));
        return html.toString();
    }

    private String figure(String id, double perHundred, IconArray.Tone tone, String arm, String event) {
        String sentence =
                messages.get("figure.per100", new OptionView(option, false, messages).count(perHundred), event);
        return "<figure class=\"array\">" + IconArray.svg(id, perHundred, tone, arm + ": " + sentence)
                + "<figcaption><strong>" + escape(arm) + "</strong><br>" + escape(sentence) + "</figcaption></figure>";
    }

    private static Optional<OutcomeStatement> firstWithFigure(List<OutcomeStatement> statements) {
        return statements.stream()
                .filter(statement -> statement.naturalFrequency().isPresent())
                .findFirst();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
