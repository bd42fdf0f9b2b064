package dev.brief.engine.llm;

import dev.brief.domain.Article;
import dev.brief.domain.Event;
import dev.brief.domain.Source;
import dev.brief.domain.Story;
import dev.brief.model.ChatTurn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages of every call, from the prompt files: the articles always inside their fenced
 * article.md blocks with their ids, as untrusted data.
 */
final class Messages {
    private final PromptSet prompts;

    Messages(PromptSet prompts) {
        this.prompts = prompts;
    }

    PromptSet prompts() {
        return prompts;
    }

    /** The messages over the articles' full texts. */
    List<ChatTurn> fullText(Event event) {
        StringBuilder blocks = new StringBuilder();
        for (Article a : event.articles()) {
            blocks.append(articleBlock(a, fence(a.text())));
        }
        return briefing(event, "event.md", blocks.toString());
    }

    /**
     * The messages asking what is new in an event that continues a story: update.md with what the
     * story's earlier briefings said, fenced as context that is not to be cited, and the full texts.
     */
    List<ChatTurn> update(Event event, Story story) {
        StringBuilder blocks = new StringBuilder();
        for (Article a : event.articles()) {
            blocks.append(articleBlock(a, fence(a.text())));
        }
        StringBuilder earlier = new StringBuilder();
        for (String said : story.said()) {
            // What was said came from articles once: it cannot close its block either.
            earlier.append("- ").append(said.replaceAll("\\s+", " ").strip().replaceAll("(?i)<(/?)earlier", "<$1 earlier")).append('\n');
        }
        List<ChatTurn> turns = briefing(event, "update.md", blocks.toString(), Map.of("first_seen", story.firstSeen().toString(),
                "previous_date", story.previousDate().toString(), "earlier", earlier.toString().stripTrailing()));
        return turns;
    }

    /**
     * The messages of the briefing call over notes (reduce.md): the articles listed by id, outlet and date,
     * and the notes, each naming the articles it comes from.
     */
    List<ChatTurn> notes(Event event, String noteLines) {
        StringBuilder list = new StringBuilder("<sources>\n");
        for (Article a : event.articles()) {
            list.append(a.id()).append(": ").append(field(Source.of(a, 0).displayName())).append(", published ")
                    .append(a.published() == null ? "unknown" : a.published().toString()).append('\n');
        }
        return briefing(event, "reduce.md", fence(list.toString()) + "</sources>", Map.of("notes", noteBlock(noteLines)));
    }

    /** One merge call (merge.md): notes on the articles ids, to be rewritten as at most maxNotes notes. */
    List<ChatTurn> merge(List<String> ids, String noteLines, int maxNotes) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("source_ids", String.join(", ", ids));
        v.put("max_notes", Integer.toString(maxNotes));
        v.put("notes", noteBlock(noteLines));
        return List.of(ChatTurn.system(prompts.text("system.md").strip()), ChatTurn.user(prompts.render("merge.md", v).strip()));
    }

    private static String noteBlock(String noteLines) {
        return "<notes>\n" + fence(noteLines) + "\n</notes>";
    }

    /** The system message and one user message from {@code template}, filled with the event's ids and blocks. */
    List<ChatTurn> briefing(Event event, String template, String blocks) {
        return briefing(event, template, blocks, Map.of());
    }

    private List<ChatTurn> briefing(Event event, String template, String blocks, Map<String, String> more) {
        List<Article> articles = event.articles();
        Map<String, String> v = new LinkedHashMap<>(more);
        v.put("article_count", Integer.toString(articles.size()));
        v.put("source_ids", String.join(", ", articles.stream().map(Article::id).toList()));
        v.put("single_source_note", articles.size() == 1 ? prompts.text("single-source.md") : "");
        v.put("articles", blocks.stripTrailing());
        return List.of(ChatTurn.system(prompts.text("system.md").strip()), ChatTurn.user(prompts.render(template, v).strip()));
    }

    /** One article.md block: the article's metadata and body, which is already fenced. */
    String articleBlock(Article a, String body) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("id", a.id());
        v.put("outlet", field(Source.of(a, 0).displayName()));
        v.put("title", field(a.title()));
        v.put("published", a.published() == null ? "unknown" : a.published().toString());
        v.put("text", body);
        return prompts.render("article.md", v);
    }

    /** The conversation so far, the previous answer, and repair.md listing what to fix. */
    List<ChatTurn> withRepair(List<ChatTurn> messages, String previousAnswer, List<String> problems) {
        List<ChatTurn> out = new ArrayList<>(messages);
        out.add(ChatTurn.assistant(previousAnswer));
        StringBuilder list = new StringBuilder();
        for (String p : problems) {
            list.append("- ").append(p).append('\n');
        }
        out.add(ChatTurn.user(prompts.render("repair.md", Map.of("problems", list.toString().stripTrailing())).strip()));
        return out;
    }

    static String schema(Event event) {
        return BriefingSchema.forSources(event.articles().stream().map(Article::id).toList());
    }

    /** Untrusted text cannot close its own block: "</article" (or "</notes", "</sources") in it is broken up. */
    static String fence(String text) {
        return text.replaceAll("(?i)<(/?)(article|notes|sources)", "<$1 $2");
    }

    private static String field(String value) {
        return value == null ? "unknown" : value.replaceAll("\\s+", " ").strip();
    }
}
