package dev.brief.engine.llm;

import dev.brief.model.ChatTurn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.domain.Briefing.Usage;
import dev.brief.domain.Event;
import dev.brief.domain.Article;
import dev.brief.text.SentenceSplitter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The map step for articles that do not fit the context together: each article (in chunks, when one
 * article alone is too long) is reduced by the model to notes (its claims with their quotes,
 * numbers, names and attributions), and the briefing prompt is then made from the notes
 * ({@code prompts/reduce.md}). Each note stays in its article's block, so it keeps its article id.
 */
final class MapReduce {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n|\\n");
    /** Chunks smaller than this are not worth a call; the context is too small to map-reduce in. */
    private static final int MIN_CHUNK_TOKENS = 256;
    /** Slack for the estimate's rounding and the chat template. */
    private static final int MARGIN_TOKENS = 64;

    private final Messages messages;
    private final ModelCalls calls;
    private final ContextBudget budget;
    /** Notes are shorter than a briefing: half the briefing's answer budget leaves more room for text. */
    private final int noteTokens;

    MapReduce(Messages messages, ModelCalls calls, ContextBudget budget, int answerTokens) {
        this.messages = messages;
        this.calls = calls;
        this.budget = budget;
        this.noteTokens = Math.max(512, answerTokens / 2);
    }

    Prompt prompt(Event event) {
        Usage usage = Usage.NONE;
        StringBuilder blocks = new StringBuilder();
        // Every article's pieces first, so that how many calls this takes is known (and said) before the first one.
        List<List<String>> pieces = event.articles().stream().map(this::chunks).toList();
        int mapCalls = pieces.stream().mapToInt(List::size).sum();
        calls.listener().plan(mapCalls);
        int call = 0;
        for (int k = 0; k < event.articles().size(); k++) {
            Article a = event.articles().get(k);
            List<String> chunks = pieces.get(k);
            ArrayNode notes = JSON.createArrayNode();
            for (int i = 0; i < chunks.size(); i++) {
                String part = chunks.size() == 1 ? "" : " (part " + (i + 1) + " of " + chunks.size() + ")";
                Result r = notes("map " + (++call) + "/" + mapCalls, mapMessages(a, chunks.get(i), part));
                usage = usage.plus(r.usage);
                for (JsonNode n : r.notes) {
                    ObjectNode note = JSON.createObjectNode();
                    note.put("article", a.id());
                    note.setAll((ObjectNode) n);
                    notes.add(note);
                }
            }
            StringBuilder lines = new StringBuilder();
            for (JsonNode n : notes) {
                lines.append(n).append('\n');
            }
            blocks.append(messages.articleBlock(a, Messages.fence(lines.toString().stripTrailing())));
        }
        return new Prompt(messages.briefing(event, "reduce.md", blocks.toString()), Messages.schema(event), usage, true);
    }

    /** The article's text in pieces that each fit one map call, cut between paragraphs, else between sentences. */
    List<String> chunks(Article a) {
        int overhead = TokenEstimate.of(mapMessages(a, "", " (part 10 of 10)"), SCHEMA);
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

    private record Result(List<JsonNode> notes, Usage usage) {}

    /** One map call, with one repair round-trip when its answer is not notes. */
    private Result notes(String what, List<ChatTurn> turns) {
        int numCtx = budget.size(TokenEstimate.of(turns, SCHEMA), noteTokens);
        ModelCalls.Call first = calls.call(what, turns, SCHEMA, numCtx, noteTokens);
        try {
            return new Result(parse(first.content()), first.usage());
        } catch (IllegalArgumentException bad) {
            List<ChatTurn> retry = messages.withRepair(turns, first.content(), ModelCalls.problems(List.of(bad.getMessage()), first.reply()));
            ModelCalls.Call second = calls.call(what + " (retry)", retry, SCHEMA, Math.max(numCtx, budget.size(TokenEstimate.of(retry, SCHEMA), noteTokens)), noteTokens);
            try {
                return new Result(parse(second.content()), first.usage().plus(second.usage()));
            } catch (IllegalArgumentException still) {
                throw new BriefException(ExitCode.INVALID_OUTPUT, "the model's notes on an article were still unusable after one repair ("
                        + still.getMessage() + "); try another --model, or rerun with -v");
            }
        }
    }

    static List<JsonNode> parse(String content) {
        JsonNode root;
        try {
            root = JSON.readTree(content.strip());
        } catch (IOException e) {
            throw new IllegalArgumentException("the answer is not valid JSON");
        }
        if (root == null || !root.path("notes").isArray()) {
            throw new IllegalArgumentException("the answer must be a JSON object with a \"notes\" array");
        }
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : root.path("notes")) {
            if (n.isObject() && !n.path("claim").asText("").isBlank()) {
                out.add(n);
            }
        }
        return out;
    }

    /** The notes' JSON schema, sent as Ollama's format. */
    static final String SCHEMA;

    static {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "object");
        ObjectNode notes = root.putObject("properties").putObject("notes");
        notes.put("type", "array");
        ObjectNode note = notes.putObject("items");
        note.put("type", "object");
        ObjectNode p = note.putObject("properties");
        p.putObject("claim").put("type", "string");
        for (String list : List.of("quotes", "numbers", "names")) {
            ObjectNode a = p.putObject(list);
            a.put("type", "array");
            a.putObject("items").put("type", "string");
        }
        p.putObject("attribution").put("type", "string");
        note.putArray("required").add("claim").add("quotes").add("numbers").add("names").add("attribution");
        root.putArray("required").add("notes");
        SCHEMA = root.toString();
    }
}
