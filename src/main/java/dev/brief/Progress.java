package dev.brief;

import java.time.Duration;

/**
 * Progress of a long run on stderr: a bar redrawn in place when stderr is a terminal, one plain line
 * per step otherwise (logs, pipes), nothing with -q. Safe to call from several threads.
 */
public final class Progress {
    private static final int BAR_WIDTH = 24;

    private final Console console;
    private final boolean terminal;
    private final String what;
    private final int total;
    private final long startNanos = System.nanoTime();
    private int done;
    private int lastWidth;

    public Progress(Console console, boolean terminal, String what, int total) {
        this.console = console;
        this.terminal = terminal;
        this.what = what;
        this.total = total;
    }

    /** True when stderr is this process's own terminal, so that a bar can be redrawn in place. */
    public static boolean stderrIsTerminal(Console console) {
        return console.err() == System.err && System.console() != null;
    }

    public synchronized void start() {
        if (!console.quiet() && terminal && total > 0) {
            draw();
        }
    }

    /** One step finished; note is what it was, for the plain lines. */
    public synchronized void step(String note) {
        done++;
        if (console.quiet()) {
            return;
        }
        if (terminal) {
            draw();
            if (done == total) {
                console.err().println();
            }
        } else {
            console.notice(what + " " + done + "/" + total + " done" + (note == null ? "" : ": " + note) + eta());
        }
    }

    /** A notice printed above the bar, which is then drawn again below it. */
    public synchronized void notice(String message) {
        if (console.quiet()) {
            return;
        }
        if (terminal && total > 0 && done < total) {
            console.err().print("\r" + " ".repeat(lastWidth) + "\r");
            console.notice(message);
            draw();
        } else {
            console.notice(message);
        }
    }

    private void draw() {
        int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
        String bar = "brief: [" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total + " " + what + eta();
        console.err().print("\r" + bar + " ".repeat(Math.max(0, lastWidth - bar.length())));
        console.err().flush();
        lastWidth = bar.length();
    }

    private String eta() {
        if (done == 0 || done == total) {
            return "";
        }
        long elapsed = System.nanoTime() - startNanos;
        Duration left = Duration.ofNanos(elapsed / done * (total - done));
        return " · ETA " + (left.toMinutes() > 0 ? left.toMinutes() + "m" : "") + left.toSecondsPart() + "s";
    }
}
