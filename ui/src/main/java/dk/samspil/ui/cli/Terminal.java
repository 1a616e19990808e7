package dk.samspil.ui.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress for long commands: a line that updates in place on a terminal, and nothing at all
 * when output goes to a file or pipe (the command prints one summary line instead).
 */
final class Terminal {

    private static final long EVERY_NANOS = 200_000_000L;

    private final PrintStream err;
    private final boolean interactive;
    private final boolean lines;
    private long lastDraw;
    private int lastWidth;

    Terminal(PrintStream err, boolean interactive, boolean lines) {
        this.err = err;
        this.interactive = interactive;
        this.lines = lines;
    }

    /** @param forced progress also when not on a terminal, one line per update (for logs and watchers) */
    static Terminal system(boolean forced) {
        boolean terminal = System.console() != null && System.console().isTerminal();
        return new Terminal(System.err, terminal, forced && !terminal);
    }

    /** @param total -1 when unknown */
    synchronized void progress(String phase, long done, long total) {
        if (!interactive && !lines) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < EVERY_NANOS && done != total) {
            return;
        }
        lastDraw = now;
        String line = total > 0
                ? String.format(Locale.ROOT, "%s: %,d of %,d (%d%%)", phase, done, total, done * 100 / total)
                : String.format(Locale.ROOT, "%s: %,d", phase, done);
        if (lines) {
            err.println(line);
        } else {
            err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            lastWidth = line.length();
        }
        err.flush();
    }

    /** Ends the progress line, so the next output starts on a line of its own. */
    synchronized void done() {
        if (interactive && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
            lastWidth = 0;
        }
    }
}
