package org.spinechoice.app.platform;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Answers {@code GET /health}: UP (200) while the database answers, DOWN (503) otherwise. */
public final class HealthController {

    private final Database database;

    public HealthController(Database database) {
        this.database = database;
    }

    public void health(Context ctx) {
        boolean up = database.answers();
        ctx.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json").result(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
    }
}
