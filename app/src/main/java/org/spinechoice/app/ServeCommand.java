package org.spinechoice.app;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.spinechoice.app.evidence.InvalidEvidenceException;
import org.spinechoice.app.platform.AppConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the web application and keeps it running until the process is stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Start the web application (pages, JSON API, health) on its database.")
final class ServeCommand implements Callable<Integer> {

    @Option(
            names = "--port",
            description = "Port to listen on (overrides SERVER_PORT; default ${DEFAULT-VALUE} when neither is set).")
    Integer port;

    @Override
    public Integer call() {
        AppConfig config;
        try {
            config = AppConfig.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("Configuration error: " + e.getMessage());
            return 2;
        }
        if (port != null) {
            config = config.withPort(port);
        }
        RunningApp app;
        try {
            app = Wiring.start(config, Clock.systemDefaultZone());
        } catch (InvalidEvidenceException e) {
            System.err.println(e.getMessage());
            System.err.println("SpineChoice did not start: fix the evidence files above.");
            return 1;
        }
        System.out.println("SpineChoice is running at http://localhost:" + app.port() + "/");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
