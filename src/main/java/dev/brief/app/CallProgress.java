package dev.brief.app;

import dev.brief.Console;
import dev.brief.Progress;
import dev.brief.engine.llm.CallListener;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What {@code brief event} waits on, on stderr. Before a map-reduce of more than a few calls, one
 * line says how many calls it makes. On a terminal a bar shows the call being waited on ("map 3/82",
 * "reduce", "repair") and for how long; elsewhere the notes' progress is a line every tenth of the
 * calls, and a single call shows nothing. Nothing with -q. Under {@code --parallel} map and merge
 * calls overlap, so the calls in flight are kept by name.
 */
final class CallProgress implements CallListener {
    /** A briefing of up to this many calls is announced by nothing but its bar. */
    static final int FEW_CALLS = 3;

    private final Console console;
    private final boolean terminal;
    private Progress notes;
    private Progress waiting;
    /** The calls other than map calls that have started and not ended, in the order they started. */
    private final Set<String> inFlight = new LinkedHashSet<>();

    CallProgress(Console console, boolean terminal) {
        this.console = console;
        this.terminal = terminal;
    }

    @Override
    public synchronized void plan(int mapCalls) {
        if (mapCalls + 1 > FEW_CALLS) {
            console.notice("the articles do not fit the model's context together, so the model first takes notes on them in "
                    + mapCalls + " calls, then writes the briefing from the notes");
        }
        notes = new Progress(console, terminal, "notes", mapCalls);
        notes.start();
    }

    private boolean isMap(String what) {
        return what.startsWith("map ") && notes != null;
    }

    @Override
    public synchronized void calling(String what) {
        if (isMap(what)) {
            notes.label("waiting for " + what);
        } else if (terminal) {
            inFlight.add(what);
            if (waiting == null) {
                waiting = new Progress(console, true, "waiting for the model", -1);
                waiting.start();
            }
            waiting.label(String.join(", ", inFlight));
        }
    }

    @Override
    public synchronized void answered(String what) {
        if (isMap(what)) {
            if (!what.endsWith("(retry)")) {
                notes.step(what);
            }
        } else {
            ended(what);
        }
    }

    @Override
    public synchronized void failed(String what) {
        if (!isMap(what)) {
            ended(what);
        }
    }

    private void ended(String what) {
        inFlight.remove(what);
        if (waiting == null) {
            return;
        }
        if (inFlight.isEmpty()) {
            waiting.close();
            waiting = null;
        } else {
            waiting.label(String.join(", ", inFlight));
        }
    }
}
