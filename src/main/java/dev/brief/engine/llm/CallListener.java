package dev.brief.engine.llm;

/**
 * Told about the engine's calls to the model as they happen, so that the application can show what a
 * long run is waiting on. The engine prints nothing itself. Under {@code --parallel} several calls run
 * at once, so each end names its call.
 */
public interface CallListener {
    CallListener NONE = new CallListener() { };

    /**
     * The articles do not fit one call: briefing the event takes {@code mapCalls} calls that take notes
     * (one per article or piece of one), then calls that merge the notes if they do not fit one call,
     * then one that writes the briefing from them.
     */
    default void plan(int mapCalls) { }

    /**
     * A call starts; {@code what} names it: "briefing", "map 3/82", "merge 1/4 (level 1)", "reduce",
     * "repair", or one of these with " (retry)".
     */
    default void calling(String what) { }

    /** The call named {@code what} has its answer. */
    default void answered(String what) { }

    /** The call named {@code what} failed: nothing is done, and the run is likely to stop. */
    default void failed(String what) { }
}
