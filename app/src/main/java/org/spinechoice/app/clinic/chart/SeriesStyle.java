package org.spinechoice.app.clinic.chart;

import java.util.List;

/**
 * How a series looks. The second differs from the first in line, marker and colour, so the two ZCQ subscales stay
 * apart for readers who cannot tell the colours apart and on a black-and-white print. Colours are dark enough for
 * text on white (contrast above 4.5:1).
 */
record SeriesStyle(String colour, String marker, String dash) {

    private static final List<SeriesStyle> STYLES =
            List.of(new SeriesStyle("#0b4f8a", "circle", ""), new SeriesStyle("#6a2c91", "square", "6 4"));

    static SeriesStyle of(int index) {
        return STYLES.get(index % STYLES.size());
    }

    /** The key of the words that describe this style in a legend. */
    String legendKey() {
        return "clinic.chart.legend." + marker;
    }
}
