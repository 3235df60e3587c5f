package org.spinechoice.app.clinic.export;

import java.io.IOException;

/**
 * The answer an export is written into, started only once the export has been audited: until then a failure can
 * still answer with a problem document instead of the headers of a file.
 */
@FunctionalInterface
interface ExportDownload {

    /** Sends the answer's status and headers and gives the writer of its body. */
    ExportWriter start() throws IOException;
}
