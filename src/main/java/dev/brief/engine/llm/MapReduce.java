package dev.brief.engine.llm;

import dev.brief.BriefException;
import dev.brief.Concurrently;
import dev.brief.ExitCode;
import dev.brief.domain.Article;
import dev.brief.domain.Briefing.Usage;
import dev.brief.domain.Event;
import dev.brief.model.ChatTurn;
import dev.brief.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Map-reduce of any depth, for articles that do not fit the context together. The map step reduces
 * each article (in chunks, when one article alone is too long) to notes: its claims with their
 * quotes, numbers, names and attribution. When the notes do not fit the briefing call either, they
 * are merged in groups that each fit one call (the notes of one outlet together where they can be),
 * and the merged notes again, level by level, until they fit: the shallowest tree that does. Every
 * note keeps the ids of the articles it comes from, so the briefing cites articles. The calls of a
 * step run at once, up to {@code --parallel}.
 */
final class MapReduce {
    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n|\\n");
    /** Chunks smaller than this are not worth a call; the context is too small to map-reduce in. */
    private static final int MIN_CHUNK_TOKENS = 256;
    /** Slack for the estimate's rounding and the chat template. */
    private static final int MARGIN_TOKENS = 64;
    /** A tree deeper than this is not converging: each level should at least halve the notes. */
    private static final int MAX_LEVELS = 8;

    private final Messages messages;
    private final ModelCalls calls;
    private final ContextBudget budget;
    private final int answerTokens;
    /** Notes are shorter than a briefing: half the briefing's answer budget leaves more room for text. */
    private final int noteTokens;

    MapReduce(Messages messages, ModelCalls calls, ContextBudget budget, int answerTokens) {
        this.messages = messages;
        this.calls = calls;
        this.budget = budget;
        this.answerTokens = answerTokens;
        this.noteTokens = Math.max(512, answerTokens / 2);
    }

    private record Step(List<Note> notes, Usage usage) {}

    Prompt prompt(Event event) {
        // Every article's pieces first, so that how many map calls this takes is known (and said) before the first one.
        List<List<String>> pieces = event.articles().stream().map(this::chunks).toList();
        int mapCount = pieces.stream().mapToInt(List::size).sum();
        calls.listener().plan(mapCount);
        List<Supplier<Step>> mapCalls = new ArrayList<>();
        for (int k = 0; k < event.articles().size(); k++) {
            Article a = event.articles().get(k);
            List<String> chunks = pieces.get(k);
            for (int i = 0; i < chunks.size(); i++) {
                String part = chunks.size() == 1 ? "" : " (part " + (i + 1) + " of " + chunks.size() + ")";
                List<ChatTurn> turns = mapMessages(a, chunks.get(i), part);
                String name = "map " + (mapCalls.size() + 1) + "/" + mapCount;
                mapCalls.add(() -> notes(name, turns, Note.MAP_SCHEMA, a.id(), null, "notes on an article"));
            }
        }
        Usage usage = Usage.NONE;
        List<Note> notes = new ArrayList<>();
        for (Step s : Concurrently.all(calls.parallel(), "brief-call", mapCalls)) {
            notes.addAll(s.notes);
            usage = usage.plus(s.usage);
        }
        int mapRequests = usage.calls() + usage.cachedCalls();
        int mergeRequests = 0;
        int levels = 1;
        while (!budget.fits(TokenEstimate.of(messages.notes(event, lines(notes)), Messages.schema(event)))) {
            if (levels > MAX_LEVELS) {
                throw tooMany(event, notes);
            }
            List<List<Note>> groups = NoteGroups.pack(notes, mergeCapacity(), event.articles());
            int target = targetNotes(event, notes, groups.size());
            List<Supplier<Step>> merges = new ArrayList<>();
            for (List<Note> group : groups) {
                List<String> ids = idsOf(group);
                int at = Math.max(1, Math.min(target, group.size() - 1));
                List<ChatTurn> turns = messages.merge(ids, lines(group), at);
                String name = "merge " + (merges.size() + 1) + "/" + groups.size() + " (level " + levels + ")";
                merges.add(() -> notes(name, turns, Note.mergeSchema(ids), null, new LinkedHashSet<>(ids), "merged notes"));
            }
            List<Note> merged = new ArrayList<>();
            Usage levelUsage = Usage.NONE;
            for (Step s : Concurrently.all(calls.parallel(), "brief-call", merges)) {
                merged.addAll(s.notes);
                levelUsage = levelUsage.plus(s.usage);
            }
            if (tokens(merged) >= tokens(notes)) {
                throw tooMany(event, merged);
            }
            usage = usage.plus(levelUsage);
            mergeRequests += levelUsage.calls() + levelUsage.cachedCalls();
            notes = merged;
            levels++;
        }
        return new Prompt(messages.notes(event, lines(notes)), Messages.schema(event), usage.withMapReduce(mapRequests, mergeRequests, levels), true);
    }

    /** How many tokens of notes one merge call can take: the context less its answer, its prompt and slack. */
    private int mergeCapacity() {
        int overhead = TokenEstimate.of(messages.merge(List.of(), "", 99), Note.mergeSchema(List.of("xxxxxx")));
        int capacity = budget.limit().orElse(Integer.MAX_VALUE) - noteTokens - overhead - MARGIN_TOKENS;
        if (capacity < 2 * MIN_CHUNK_TOKENS) {
            throw new BriefException(ExitCode.CONTEXT, "the notes on the articles do not fit one call, and merging them needs more than "
                    + budget.limitSource() + " (" + budget.limit().orElse(0) + " tokens) allows; raise --num-ctx or use a model with a longer context");
        }
        return capacity;
    }

    /**
     * How many notes each of n merge calls should keep so that, together, they fit the briefing call
     * at once: the shallowest tree. A group asked for fewer notes than that drops only detail.
     */
    private int targetNotes(Event event, List<Note> notes, int groups) {
        int room = budget.limit().orElse(Integer.MAX_VALUE) - answerTokens - MARGIN_TOKENS
                - TokenEstimate.of(messages.notes(event, ""), Messages.schema(event));
        double perNote = Math.max(1, (double) tokens(notes) / Math.max(1, notes.size()));
        return Math.max(1, (int) (room / perNote / groups));
    }

    private BriefException tooMany(Event event, List<Note> notes) {
        return new BriefException(ExitCode.CONTEXT, "the notes on the " + event.articles().size() + " articles (" + notes.size()
                + " notes, ~" + tokens(notes) + " tokens) do not get short enough to fit " + budget.limitSource() + " ("
                + budget.limit().orElse(0) + " tokens); raise --num-ctx, use a model with a longer context, or brief fewer articles");
    }

    private static List<String> idsOf(List<Note> notes) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        notes.forEach(n -> ids.addAll(n.articles()));
        return List.copyOf(ids);
    }

    private static String lines(List<Note> notes) {
        StringBuilder out = new StringBuilder();
        for (Note n : notes) {
            out.append(n.line()).append('\n');
        }
        return out.toString().stripTrailing();
    }

    static int tokens(List<Note> notes) {
        return notes.stream().mapToInt(Note::tokens).sum();
    }

    /** The article's text in pieces that each fit one map call, cut between paragraphs, else between sentences. */
    List<String> chunks(Article a) {
        int overhead = TokenEstimate.of(mapMessages(a, "", " (part 10 of 10)"), Note.MAP_SCHEMA);
        int budget = this.budget.limit().orElse(Integer.MAX_VALUE) - noteTokens - overhead - MARGIN_TOKENS;
        if (budget < MIN_CHUNK_TOKENS) {
            throw new BriefException(ExitCode.CONTEXT, "the articles do not fit, and even taking notes on article " + a.id()
                    + " piece by piece needs more than " + this.budget.limitSource() + " (" + this.budget.limit().orElse(0)
                    + " tokens) allows; raise --num-ctx or use a model with a longer context");
        }
        String text = Messages.fence(a.text());
        if (TokenEstimate.of(text) <= budget) {
            return List.of(text);
        }
        List<String> pieces = new ArrayList<>();
        for (String paragraph : PARAGRAPHS.split(text)) {
            if (TokenEstimate.of(paragraph) <= budget) {
                pieces.add(paragraph);
            } else {
                for (String sentence : SentenceSplitter.sentences(paragraph)) {
                    pieces.addAll(hardSplit(sentence, budget));
                }
            }
        }
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String piece : pieces) {
            if (current.length() > 0 && TokenEstimate.of(current + "\n" + piece) > budget) {
                chunks.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append('\n');
            }
            current.append(piece);
        }
        if (!current.toString().isBlank()) {
            chunks.add(current.toString());
        }
        return chunks;
    }

    /** A "sentence" longer than a whole chunk (a table, a list without stops) is cut at spaces. */
    private static List<String> hardSplit(String s, int budgetTokens) {
        List<String> out = new ArrayList<>();
        int maxChars = Math.max(1, (int) (budgetTokens * 3.5) - 8);
        String rest = s;
        while (TokenEstimate.of(rest) > budgetTokens) {
            int cut = rest.lastIndexOf(' ', maxChars);
            cut = cut <= 0 ? maxChars : cut;
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut).strip();
        }
        out.add(rest);
        return out;
    }

    List<ChatTurn> mapMessages(Article a, String chunk, String part) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("part", part);
        v.put("article", messages.articleBlock(a, chunk).stripTrailing());
        PromptSet prompts = messages.prompts();
        return List.of(ChatTurn.system(prompts.text("system.md").strip()), ChatTurn.user(prompts.render("map.md", v).strip()));
    }

    /**
     * One map or merge call, with one repair round-trip when its answer is not notes.
     *
     * @param article the mapped article, whose notes these are; null for a merge, whose notes name their articles among allowed
     */
    private Step notes(String name, List<ChatTurn> turns, String schema, String article, java.util.Set<String> allowed, String what) {
        int numCtx = budget.size(TokenEstimate.of(turns, schema), noteTokens);
        ModelCalls.Call first = calls.call(name, turns, schema, numCtx, noteTokens);
        try {
            return new Step(Note.parse(first.content(), article, allowed), first.usage());
        } catch (IllegalArgumentException bad) {
            List<ChatTurn> retry = messages.withRepair(turns, first.content(), ModelCalls.problems(List.of(bad.getMessage()), first.reply()));
            int retryCtx;
            try {
                retryCtx = Math.max(numCtx, budget.size(TokenEstimate.of(retry, schema), noteTokens));
            } catch (BriefException noRoom) {
                throw unusable(what, bad.getMessage());
            }
            ModelCalls.Call second = calls.call(name + " (retry)", retry, schema, retryCtx, noteTokens);
            try {
                return new Step(Note.parse(second.content(), article, allowed), first.usage().plus(second.usage()));
            } catch (IllegalArgumentException still) {
                throw unusable(what, still.getMessage());
            }
        }
    }

    private static BriefException unusable(String what, String why) {
        return new BriefException(ExitCode.INVALID_OUTPUT, "the model's " + what + " were still unusable after one repair ("
                + why + "); try another --model, or rerun with -v");
    }
}
