package org.spinechoice.app.clinic.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;

/**
 * An export as JSON lines (NDJSON): one JSON object per row, each line ending in {@code \n}, UTF-8, no header. Members
 * are the export's fields in order; a missing value is {@code null}, numbers and yes/no are JSON numbers and booleans.
 * Nothing is guarded against spreadsheet formulas: JSON is read by programs, which must get the text as stored.
 */
final class JsonLinesExportWriter implements ExportWriter {

    private final JsonFactory factory;
    private final OutputStream body;
    private JsonGenerator json;

    JsonLinesExportWriter(JsonFactory factory, OutputStream body) {
        this.factory = factory;
        this.body = body;
    }

    @Override
    public void begin() throws IOException {
        json = factory.createGenerator(body, JsonEncoding.UTF8);
        // The servlet's stream is closed by the server; each line's end is written here, not as Jackson's separator.
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        json.setRootValueSeparator(null);
    }

    @Override
    public void write(ExportedPromResponse row) throws IOException {
        json.writeStartObject();
        for (ExportColumn column : ExportColumn.values()) {
            json.writeFieldName(column.field());
            Object value = column.valueOf(row);
            if (value == null) {
                json.writeNull();
            } else if (value instanceof BigDecimal number) {
                json.writeNumber(number);
            } else if (value instanceof Boolean flag) {
                json.writeBoolean(flag);
            } else {
                json.writeString((String) value);
            }
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @Override
    public void end() throws IOException {
        json.flush();
    }
}
