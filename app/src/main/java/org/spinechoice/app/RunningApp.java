package org.spinechoice.app;

import io.javalin.Javalin;
import java.util.List;
import org.spinechoice.app.access.SecuredRoute;
import org.spinechoice.app.platform.Database;

/** A started SpineChoice: its web server and database, stopped together. */
public final class RunningApp implements AutoCloseable {

    private final Javalin server;
    private final Database database;
    private final List<SecuredRoute> securedRoutes;

    RunningApp(Javalin server, Database database, List<SecuredRoute> securedRoutes) {
        this.server = server;
        this.database = database;
        this.securedRoutes = List.copyOf(securedRoutes);
    }

    /** Every route of the clinic workspace with who may use it, for the authorization matrix test. */
    public List<SecuredRoute> securedRoutes() {
        return securedRoutes;
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
