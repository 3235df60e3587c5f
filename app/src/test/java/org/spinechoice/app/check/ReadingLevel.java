package org.spinechoice.app.check;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch–Kincaid grade level of a text: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
 * Syllables are estimated from vowel groups (a silent final "e" does not count), the usual approximation; it is a
 * measurement aid for our own pages, not a clinical instrument.
 */
public final class ReadingLevel {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[A-Za-z]+)?");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]+(\\s|$)|\\n\\s*\\n");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    public record Measure(int sentences, int words, int syllables, double grade) {}

    private ReadingLevel() {}

    public static Measure of(String text) {
        int words = 0;
        int syllables = 0;
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words++;
            syllables += syllables(word.group());
        }
        int sentences =
                Math.max(1, (int) SENTENCE_END.matcher(text.strip()).results().count());
        if (words == 0) {
            return new Measure(sentences, 0, 0, 0);
        }
        double grade = 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        return new Measure(sentences, words, syllables, grade);
    }

    /** The text a reader sees in a page's main content: tags, hidden inputs, SVG titles and source lists removed. */
    public static String visibleMainText(String html) {
        String main = html.replaceAll("(?s).*<main[^>]*>", "").replaceAll("(?s)</main>.*", "");
        return main.replaceAll("(?s)<svg.*?</svg>", " ")
                .replaceAll("(?s)<ol class=\"sources\">.*?</ol>", " ")
                .replaceAll("(?s)<(h[1-6]|li|p|legend|label|th|td|dt|dd|figcaption)[^>]*>", "\n\n")
                .replaceAll("(?s)<[^>]+>", " ")
                .replaceAll("&[a-z]+;|&#\\d+;", " ");
    }

    static int syllables(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() <= 3) {
            return 1;
        }
        String trimmed =
                lower.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        int groups = (int) VOWEL_GROUP.matcher(trimmed).results().count();
        return Math.max(1, groups);
    }
}
