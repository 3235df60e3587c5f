package org.spinechoice.app.access;

import io.javalin.http.Context;

/** A handler that runs only for a member of staff allowed on its route, and is told who they are. */
@FunctionalInterface
public interface StaffHandler {
    void handle(Context ctx, StaffMember staff) throws Exception;
}
