package dev.brief.app;

import dev.brief.Console;
import dev.brief.Progress;
import dev.brief.engine.llm.CallListener;

/**
 * What {@code brief event} waits on, on stderr. Before a map-reduce of more than a few calls, one
 * line says how many calls it makes. On a terminal a bar shows the call being waited on ("map 3/82",
 * "reduce", "repair") and for how long; elsewhere the notes' progress is a line every tenth of the
 * calls, and a single call shows nothing. Nothing with -q.
 */
final class CallProgress implements CallListener {
    /** A briefing of up to this many calls is announced by nothing but its bar. */
    static final int FEW_CALLS = 3;

    private final Console console;
    private final boolean terminal;
    private Progress notes;
    private Progress waiting;
    private String current;

    CallProgress(Console console, boolean terminal) {
        this.console = console;
        this.terminal = terminal;
    }

    @Override
    public synchronized void plan(int mapCalls) {
        if (mapCalls + 1 > FEW_CALLS) {
            console.notice("the articles do not fit the model's context together, so the model first takes notes on them in "
                    + mapCalls + " calls, then writes the briefing from the notes in 1 more");
        }
        notes = new Progress(console, terminal, "notes", mapCalls);
        notes.start();
    }

    @Override
    public synchronized void calling(String what) {
        current = what;
        if (what.startsWith("map ") && notes != null) {
            notes.label("waiting for " + what);
        } else if (terminal) {
            waiting = new Progress(console, true, "waiting for the model", -1);
            waiting.start();
            waiting.label(what);
        }
    }

    @Override
    public synchronized void answered() {
        if (current != null && current.startsWith("map ") && notes != null) {
            if (!current.endsWith("(retry)")) {
                notes.step(current);
            }
        } else if (waiting != null) {
            waiting.close();
            waiting = null;
        }
        current = null;
    }

    @Override
    public synchronized void failed() {
        if (waiting != null) {
            waiting.close();
            waiting = null;
        }
        current = null;
    }
}
