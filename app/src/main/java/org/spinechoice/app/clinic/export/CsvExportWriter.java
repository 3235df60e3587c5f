package org.spinechoice.app.clinic.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * An export as CSV (RFC 4180): a header line of the field names, then one line per row, lines ending in CRLF, UTF-8.
 * A field is quoted when it holds a comma, a quote or a line break, its quotes doubled. Text that a spreadsheet would
 * take for a formula (it starts with {@code = + - @}, a tab or a carriage return) is written with a leading
 * {@code '}, so that opening the file never runs one; numbers are written as numbers.
 */
final class CsvExportWriter implements ExportWriter {

    private static final String LINE_END = "\r\n";

    private final Writer out;

    CsvExportWriter(OutputStream body) {
        this.out = new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
    }

    @Override
    public void begin() throws IOException {
        for (ExportColumn column : ExportColumn.values()) {
            separate(column);
            out.write(field(column.field()));
        }
        out.write(LINE_END);
    }

    @Override
    public void write(ExportedPromResponse row) throws IOException {
        for (ExportColumn column : ExportColumn.values()) {
            separate(column);
            out.write(field(column.valueOf(row)));
        }
        out.write(LINE_END);
    }

    @Override
    public void end() throws IOException {
        out.flush();
    }

    /** One value as a CSV field: empty for null, a number as it is, text guarded and quoted where it must be. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Boolean flag) {
            return flag.toString();
        }
        return quoted(notAFormula((String) value));
    }

    private void separate(ExportColumn column) throws IOException {
        if (column.ordinal() > 0) {
            out.write(',');
        }
    }

    private static String notAFormula(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text;
    }

    private static String quoted(String text) {
        boolean mustQuote =
                text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return mustQuote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
