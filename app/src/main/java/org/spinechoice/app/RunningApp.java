package org.spinechoice.app;

import io.javalin.Javalin;
import org.spinechoice.app.platform.Database;

/** A started SpineChoice: its web server and database, stopped together. */
public final class RunningApp implements AutoCloseable {

    private final Javalin server;
    private final Database database;

    RunningApp(Javalin server, Database database) {
        this.server = server;
        this.database = database;
    }

    /** Returns the port the server listens on (useful when started on port 0). */
    public int port() {
        return server.port();
    }

    /** Returns the database, for tests that need to break it on purpose. */
    public Database database() {
        return database;
    }

    @Override
    public void close() {
        server.stop();
        database.close();
    }
}
