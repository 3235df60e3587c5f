package org.spinechoice.app.access;

import io.javalin.http.Context;

/** A handler that runs only for the holder of a live patient link, and is told whose link it is. */
@FunctionalInterface
public interface PatientLinkHandler {
    void handle(Context ctx, PatientLinkHolder holder) throws Exception;
}
