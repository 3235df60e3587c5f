package org.spinechoice.app.summary;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where openhtmltopdf's log goes: its warnings and errors to our log, by message template only (the filled-in
 * message could quote the document, which holds health answers); its many lines per document at lower levels
 * nowhere.
 */
final class SummaryPdfLog implements XRLogger {

    private static final Logger LOG = LoggerFactory.getLogger(SummaryPdfRenderer.class);

    @Override
    public void log(Diagnostic diagnostic) {
        if (isLogLevelEnabled(diagnostic)) {
            LOG.warn("PDF rendering: {}", diagnostic.getLogMessageId().getMessageFormat());
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        if (level.intValue() >= Level.WARNING.intValue()) {
            LOG.warn("PDF rendering: a problem reported by {}", where);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // the level is fixed: warnings and errors only
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
    }
}
