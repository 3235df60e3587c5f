package org.spinechoice.app.option;

import java.util.Locale;

/**
 * Draws an icon array of 100 people as a small, self-contained SVG: the first {@code highlighted} people (row by
 * row) are filled, the rest are pale. Colour is never the only cue: the caption and the SVG title state the count.
 *
 * <p>Each row is drawn with pattern-filled rectangles rather than 100 shapes, so an array costs well under 1 KB.
 */
public final class IconArray {

    private static final int PER_ROW = 10;
    private static final int CELL_WIDTH = 16;
    private static final int CELL_HEIGHT = 20;

    /** Colour schemes: benefits and harms use different hues, both with at least 4.5:1 contrast on white. */
    public enum Tone {
        BENEFIT("#1d5a8e"),
        HARM("#9c3d00"),
        NEUTRAL("#4a4a4a");

        private final String fill;

        Tone(String fill) {
            this.fill = fill;
        }
    }

    private IconArray() {}

    /** Returns how many icons are filled for a figure of {@code perHundred} people, rounded half-up. */
    public static int highlightedIcons(double perHundred) {
        if (!(perHundred >= 0 && perHundred <= 100)) {
            throw new IllegalArgumentException("expected 0 to 100 people, got " + perHundred);
        }
        return (int) Math.floor(perHundred + 0.5);
    }

    /**
     * Renders the SVG.
     *
     * @param idPrefix unique within the page, so that pattern ids of several arrays do not collide
     * @param perHundred how many of 100 people had the event (decimals are rounded for drawing)
     * @param label the text equivalent, read by screen readers
     */
    public static String svg(String idPrefix, double perHundred, Tone tone, String label) {
        if (!idPrefix.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("idPrefix must be a lower-case id: " + idPrefix);
        }
        int filled = highlightedIcons(perHundred);
        int width = PER_ROW * CELL_WIDTH;
        int height = (100 / PER_ROW) * CELL_HEIGHT;
        String on = idPrefix + "-on";
        String off = idPrefix + "-off";
        StringBuilder svg = new StringBuilder(900);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"icon-array\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(idPrefix)
                .append("-t\"><title id=\"")
                .append(idPrefix)
                .append("-t\">")
                .append(escape(label))
                .append("</title><defs>");
        pattern(svg, on, tone.fill);
        pattern(svg, off, "#c4ccd4");
        svg.append("</defs>");
        int fullRows = filled / PER_ROW;
        int remainder = filled % PER_ROW;
        rect(svg, on, 0, 0, PER_ROW, fullRows);
        rect(svg, on, 0, fullRows, remainder, remainder > 0 ? 1 : 0);
        rect(svg, off, remainder, fullRows, PER_ROW - remainder, remainder > 0 ? 1 : 0);
        int emptyFrom = fullRows + (remainder > 0 ? 1 : 0);
        rect(svg, off, 0, emptyFrom, PER_ROW, (100 / PER_ROW) - emptyFrom);
        return svg.append("</svg>").toString();
    }

    private static void pattern(StringBuilder svg, String id, String fill) {
        svg.append("<pattern id=\"")
                .append(id)
                .append("\" width=\"")
                .append(CELL_WIDTH)
                .append("\" height=\"")
                .append(CELL_HEIGHT)
                .append("\" patternUnits=\"userSpaceOnUse\"><g fill=\"")
                .append(fill)
                .append("\"><circle cx=\"8\" cy=\"4.5\" r=\"3.5\"/><path d=\"M2.5 18v-6.5a5.5 5 0 0 1 11 0V18z\"/></g>")
                .append("</pattern>");
    }

    private static void rect(StringBuilder svg, String pattern, int column, int row, int columns, int rows) {
        if (columns <= 0 || rows <= 0) {
            return;
        }
        svg.append(String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"url(#%s)\"/>",
                column * CELL_WIDTH,
                row * CELL_HEIGHT,
                columns * CELL_WIDTH,
                rows * CELL_HEIGHT,
                pattern));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
