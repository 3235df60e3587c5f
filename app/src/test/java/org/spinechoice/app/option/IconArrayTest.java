package org.spinechoice.app.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IconArrayTest {

    private static final Pattern RECT = Pattern.compile(
            "<rect x=\"(\\d+)\" y=\"(\\d+)\" width=\"(\\d+)\" height=\"(\\d+)\" fill=\"url\\(#([a-z0-9-]+)\\)\"/>");

    @ParameterizedTest
    @CsvSource({"0, 0", "0.4, 0", "0.5, 1", "2.3, 2", "20.3, 20", "53.7, 54", "56.4, 56", "99.5, 100", "100, 100"})
    void highlightedIconsRoundHalfUp(double perHundred, int expected) {
        assertThat(IconArray.highlightedIcons(perHundred)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0", "1", "9", "10", "11", "37", "50", "99", "100"})
    void drawsExactlyTheFigureAsFilledIconsAndTheRestAsPale(int filled) {
        String svg = IconArray.svg("a", filled, IconArray.Tone.BENEFIT, "label");

        assertThat(iconArea(svg, "a-on")).isEqualTo(filled);
        assertThat(iconArea(svg, "a-off")).isEqualTo(100 - filled);
    }

    @Test
    void filledIconsComeFirstRowByRow() {
        String svg = IconArray.svg("b", 23, IconArray.Tone.HARM, "label");

        assertThat(svg).contains("<rect x=\"0\" y=\"0\" width=\"160\" height=\"40\" fill=\"url(#b-on)\"/>");
        assertThat(svg).contains("<rect x=\"0\" y=\"40\" width=\"48\" height=\"20\" fill=\"url(#b-on)\"/>");
        assertThat(svg).contains("<rect x=\"48\" y=\"40\" width=\"112\" height=\"20\" fill=\"url(#b-off)\"/>");
    }

    @Test
    void carriesAnAccessibleTitleWithTheTextEquivalent() {
        String svg = IconArray.svg("c", 54, IconArray.Tone.BENEFIT, "Steroid: 54 of 100 people <felt> better");

        assertThat(svg).contains("role=\"img\"", "aria-labelledby=\"c-t\"");
        assertThat(svg).contains("<title id=\"c-t\">Steroid: 54 of 100 people &lt;felt&gt; better</title>");
    }

    @Test
    void usesDifferentColoursForBenefitAndHarm() {
        assertThat(IconArray.svg("d", 5, IconArray.Tone.BENEFIT, "x"))
                .isNotEqualTo(IconArray.svg("d", 5, IconArray.Tone.HARM, "x"));
    }

    @Test
    void staysSmall() {
        assertThat(IconArray.svg("e", 47, IconArray.Tone.BENEFIT, "a label of ordinary length for an icon array"))
                .hasSizeLessThan(1200);
    }

    @Test
    void rejectsFiguresOutsideOneHundredPeople() {
        assertThatThrownBy(() -> IconArray.svg("f", 100.6, IconArray.Tone.BENEFIT, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IconArray.svg("f", -1, IconArray.Tone.BENEFIT, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsIdsThatCouldBreakTheMarkup() {
        assertThatThrownBy(() -> IconArray.svg("x\"><script>", 5, IconArray.Tone.BENEFIT, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Counts the icon cells covered by rectangles filled with one pattern (cells are 16 × 20). */
    private static int iconArea(String svg, String pattern) {
        Matcher rect = RECT.matcher(svg);
        int cells = 0;
        while (rect.find()) {
            if (rect.group(5).equals(pattern)) {
                cells += (Integer.parseInt(rect.group(3)) / 16) * (Integer.parseInt(rect.group(4)) / 20);
            }
        }
        return cells;
    }
}
