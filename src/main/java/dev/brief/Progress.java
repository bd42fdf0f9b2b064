package dev.brief;

import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long run on stderr: a bar redrawn in place when stderr is a terminal (drawn by the
 * progressbar library, with the elapsed time and an estimate of what is left), plain lines otherwise
 * (logs, pipes), nothing with -q. A total below 0 is work of unknown length: the bar shows what is
 * being waited on and for how long. Safe to call from several threads.
 */
public final class Progress implements AutoCloseable {
    /** Up to this many steps, each gets its own line where there is no bar; beyond it, one line every tenth. */
    static final int EVERY_STEP_UP_TO = 20;

    private final Console console;
    private final boolean terminal;
    private final String what;
    private final int total;
    private final long startNanos = System.nanoTime();
    private ProgressBar bar;
    private int done;

    public Progress(Console console, boolean terminal, String what, int total) {
        this.console = console;
        this.terminal = terminal;
        this.what = what;
        this.total = total;
    }

    /**
     * True when stderr is this process's own terminal, so that a bar can be redrawn in place. Java
     * tells only whether stdin and stdout are a terminal; where /proc shows what stderr is (Linux), that
     * decides, so that {@code brief event ... > out.md} still shows its bar and {@code 2> log} does not.
     */
    public static boolean stderrIsTerminal(Console console) {
        if (console.err() != System.err) {
            return false;
        }
        try {
            java.nio.file.Path fd = java.nio.file.Path.of("/proc/self/fd/2");
            if (java.nio.file.Files.isSymbolicLink(fd)) {
                String target = java.nio.file.Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | RuntimeException e) {
            // no /proc: ask Java
        }
        return System.console() != null;
    }

    public synchronized void start() {
        if (console.quiet() || !terminal || bar != null || total == 0) {
            return;
        }
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName("brief: " + what)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .continuousUpdate() // the elapsed time moves while a long call is waited on
                .setConsumer(total < 0 ? new Wiped(console.err()) : new ConsoleProgressBarConsumer(console.err()));
        if (total < 0) {
            builder.clearDisplayOnFinish().hideEta();
        }
        bar = builder.build();
    }

    /** What is being done now (a call's name), shown after the bar; no line of its own where there is no bar. */
    public synchronized void label(String now) {
        if (bar != null) {
            bar.setExtraMessage(now);
        }
    }

    /** One step finished; note is what it was, for the plain lines. */
    public synchronized void step(String note) {
        done++;
        if (console.quiet()) {
            return;
        }
        if (terminal) {
            if (bar != null) {
                bar.step();
                if (total > 0 && done >= total) {
                    close();
                }
            }
        } else if (total <= EVERY_STEP_UP_TO || done == total || done * 10 / total > (done - 1) * 10 / total) {
            console.notice(what + " " + done + "/" + total + " done" + (note == null ? "" : ": " + note) + eta());
        }
    }

    /** A notice printed above the bar, which is then drawn again below it. */
    public synchronized void notice(String message) {
        if (console.quiet()) {
            return;
        }
        if (bar != null) {
            console.err().print("\r\033[K"); // clear the bar's line; it is drawn again at its next refresh
            console.notice(message);
            bar.refresh();
        } else {
            console.notice(message);
        }
    }

    /** Ends the bar (a bar of unknown length is wiped); a finished counted bar stays on its line. */
    @Override
    public synchronized void close() {
        if (bar != null) {
            ProgressBar b = bar;
            bar = null;
            b.close();
        }
    }

    /** A bar that leaves nothing behind: wiped, and no line break after it. */
    private static final class Wiped extends ConsoleProgressBarConsumer {
        private final java.io.PrintStream out;

        Wiped(java.io.PrintStream out) {
            super(out);
            this.out = out;
        }

        @Override
        public void close() {
            out.flush();
        }
    }

    private String eta() {
        if (done == 0 || total <= 0 || done >= total) {
            return "";
        }
        long elapsed = System.nanoTime() - startNanos;
        Duration left = Duration.ofNanos(elapsed / done * (total - done));
        return " · ETA " + (left.toMinutes() > 0 ? left.toMinutes() + "m" : "") + left.toSecondsPart() + "s";
    }
}
