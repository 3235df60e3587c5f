package org.spinechoice.app.clinic.outcomepage;

import java.util.List;

/**
 * How one treatment's line looks on the time-to-response chart. Each differs from the others in its dash pattern as
 * well as its colour, so the lines stay apart for readers who cannot tell the colours apart and on a black-and-white
 * print; every line also carries its name at its end. The first two match the patient charts' series. Colours are
 * dark enough for text on white (contrast above 4.5:1).
 *
 * @param dash an SVG {@code stroke-dasharray}, empty for a solid line
 * @param wordsKey the key of the words that describe the line in the legend
 */
record CurveStyle(String colour, String dash, String wordsKey) {

    private static final List<CurveStyle> STYLES = List.of(
            new CurveStyle("#0b4f8a", "", "outcomesPage.line.solid"),
            new CurveStyle("#6a2c91", "9 4", "outcomesPage.line.longDashes"),
            new CurveStyle("#8a3b12", "2 3", "outcomesPage.line.dots"),
            new CurveStyle("#1b5e20", "10 3 2 3", "outcomesPage.line.dashDot"),
            new CurveStyle("#3d4852", "4 4", "outcomesPage.line.shortDashes"),
            new CurveStyle("#00626b", "12 3 2 3 2 3", "outcomesPage.line.dashTwoDots"));

    /**
     * The style of the {@code index}th line. Past six lines the patterns repeat; the names at the lines' ends still
     * tell them apart.
     */
    static CurveStyle of(int index) {
        return STYLES.get(index % STYLES.size());
    }
}
