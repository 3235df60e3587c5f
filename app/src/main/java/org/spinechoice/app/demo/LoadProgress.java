package org.spinechoice.app.demo;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows how far a demo load has got, on standard error. On a terminal one line is redrawn in place
 * ({@code [#########...........] 45% 45,000/100,000 patients, 451,230 responses, 12.3 s}); otherwise (a log, a pipe)
 * a plain line is written at every tenth, so the output stays readable. Not thread-safe.
 */
public final class LoadProgress {

    private static final int BAR_WIDTH = 20;

    private final PrintWriter err;
    private final boolean terminal;
    private final long total;
    private final long startNanos;
    private int tenthsShown;

    /**
     * @param terminal whether {@code err} is a terminal ({@code System.console() != null}), where a line can be redrawn
     */
    public LoadProgress(PrintWriter err, boolean terminal, long total) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        this.startNanos = System.nanoTime();
    }

    void loaded(long patients, long responses) {
        if (terminal) {
            err.print("\r" + line(patients, responses));
            if (patients == total) {
                err.println();
            }
            err.flush();
            return;
        }
        int tenths = (int) (patients * 10 / total);
        if (tenths > tenthsShown) {
            tenthsShown = tenths;
            err.println(line(patients, responses));
            err.flush();
        }
    }

    /** Seconds since the load started. */
    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private String line(long patients, long responses) {
        int filled = (int) (patients * BAR_WIDTH / total);
        return String.format(
                Locale.ROOT,
                "[%s%s] %3d%% %,d/%,d patients, %,d responses, %.1f s",
                "#".repeat(filled),
                ".".repeat(BAR_WIDTH - filled),
                patients * 100 / total,
                patients,
                total,
                responses,
                elapsedSeconds());
    }
}
