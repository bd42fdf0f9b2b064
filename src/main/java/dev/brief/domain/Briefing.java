package dev.brief.domain;

import java.util.List;

/**
 * A briefing of one event, as every engine produces it and every renderer reads it.
 *
 * @param engine     the engine that wrote it
 * @param model      the model that wrote it, or null for the extractive engine
 * @param options    the generation options sent with every call, or null without a model
 * @param promptHash hash of the prompt set, or null without a model
 */
public record Briefing(
        String headline,
        Engine engine,
        String model,
        GenerationOptions options,
        String promptHash,
        List<Source> sources,
        List<Item> summary,
        List<Item> agreements,
        List<Difference> differences,
        List<Item> singleSource,
        Usage usage,
        Verification verification) {

    public Briefing {
        sources = List.copyOf(sources);
        summary = List.copyOf(summary);
        agreements = List.copyOf(agreements);
        differences = List.copyOf(differences);
        singleSource = List.copyOf(singleSource);
    }

    /** A statement and the ids of the sources behind it. */
    public record Item(String text, List<String> sources, boolean verified, List<Problem> problems) {
        public Item {
            sources = List.copyOf(sources);
            problems = List.copyOf(problems);
        }

        public static Item of(String text, List<String> sources) {
            return new Item(text, sources, true, List.of());
        }

        public Item withCheck(List<Problem> newProblems) {
            return new Item(text, sources, newProblems.isEmpty(), newProblems);
        }
    }

    /** A point on which sources report different things, with each source's own position. */
    public record Difference(String topic, List<Position> positions, boolean verified, List<Problem> problems) {
        public Difference {
            positions = List.copyOf(positions);
            problems = List.copyOf(problems);
        }

        public static Difference of(String topic, List<Position> positions) {
            return new Difference(topic, positions, true, List.of());
        }

        public Difference withCheck(List<Problem> newProblems) {
            return new Difference(topic, positions, newProblems.isEmpty(), newProblems);
        }
    }

    /** What one source says on a difference; quote is its verbatim words, or null. */
    public record Position(String source, String text, String quote) {}

    /**
     * Model calls made for this briefing; cached answers count in cachedCalls, not in calls. When the
     * articles did not fit one call: mapCalls took notes on them, mergeCalls combined notes that did not
     * fit one reduce call, and reduceLevels counts the levels of reduction down to the briefing call
     * (1 when the map step's notes fit it; 0 without a map step). The last three count cached answers too.
     */
    public record Usage(int calls, int cachedCalls, long promptTokens, long completionTokens, int mapCalls, int mergeCalls, int reduceLevels) {
        public static final Usage NONE = new Usage(0, 0, 0, 0);

        public Usage(int calls, int cachedCalls, long promptTokens, long completionTokens) {
            this(calls, cachedCalls, promptTokens, completionTokens, 0, 0, 0);
        }

        public Usage plus(Usage o) {
            return new Usage(calls + o.calls, cachedCalls + o.cachedCalls, promptTokens + o.promptTokens, completionTokens + o.completionTokens,
                    mapCalls + o.mapCalls, mergeCalls + o.mergeCalls, Math.max(reduceLevels, o.reduceLevels));
        }

        /** The same calls, with the shape of the map-reduce tree that made them. */
        public Usage withMapReduce(int newMapCalls, int newMergeCalls, int newReduceLevels) {
            return new Usage(calls, cachedCalls, promptTokens, completionTokens, newMapCalls, newMergeCalls, newReduceLevels);
        }
    }

    /** Counts of checked statements: items and differences together. */
    public record Verification(int claims, int verified, int unverified, int repaired) {
        public static final Verification NONE = new Verification(0, 0, 0, 0);
    }

    public Briefing withContent(String newHeadline, List<Item> newSummary, List<Item> newAgreements,
            List<Difference> newDifferences, List<Item> newSingleSource) {
        return new Briefing(newHeadline, engine, model, options, promptHash, sources, newSummary, newAgreements,
                newDifferences, newSingleSource, usage, verification);
    }

    public Briefing withUsage(Usage newUsage) {
        return new Briefing(headline, engine, model, options, promptHash, sources, summary, agreements, differences,
                singleSource, newUsage, verification);
    }

    public Briefing withVerification(Verification newVerification) {
        return new Briefing(headline, engine, model, options, promptHash, sources, summary, agreements, differences,
                singleSource, usage, newVerification);
    }
}
