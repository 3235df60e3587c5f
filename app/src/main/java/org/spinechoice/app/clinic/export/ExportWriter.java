package org.spinechoice.app.clinic.export;

import java.io.IOException;

/**
 * Writes an export's rows in one format as they are read from the database, so that no export is ever held in memory
 * whole. Called once {@link #begin()}, then {@link #write} for each row in order, then once {@link #end()}. Not
 * thread-safe: one writer per export.
 */
interface ExportWriter {

    /** Writes what comes before the first row, such as a header line. */
    void begin() throws IOException;

    void write(ExportedPromResponse row) throws IOException;

    /** Writes what comes after the last row and flushes everything to the client. */
    void end() throws IOException;
}
