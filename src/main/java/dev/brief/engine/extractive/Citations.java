package dev.brief.engine.extractive;

import dev.brief.engine.extractive.Facts.Amount;
import dev.brief.text.Passages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When an article may be cited for a sentence another article wrote. The verifier holds every cited
 * source to a quotation's exact words and to the names and figures of the statement, so an outlet is
 * cited only for what it printed.
 */
final class Citations {
    /**
     * An agreement cites another outlet for a sentence only when that outlet prints every quotation and
     * figure in it, at least this share of its names, and at least MIN_CITED_WORDS of its words.
     */
    private static final double MIN_CITED_DETAILS = 0.5;
    private static final double MIN_CITED_WORDS = 0.34;

    private final SentenceGraph graph;

    Citations(SentenceGraph graph) {
        this.graph = graph;
    }

    /**
     * Whether an article prints every quotation, name and figure of a sentence, and says it in one
     * passage: the verifier holds each cited source to the statement's words in one place ({@link Passages}).
     */
    boolean backs(int article, Sentence s) {
        if (!says(article, s) || !graph.printsFigures(article, s)) {
            return false;
        }
        String text = graph.text(article);
        for (String quote : s.facts().citedQuotes(s.text())) {
            if (!Facts.quoteIn(quote, text)) {
                return false;
            }
        }
        for (String name : s.facts().capitalised()) {
            if (!text.contains(name)) {
                return false;
            }
        }
        for (Amount amount : s.facts().amounts()) {
            if (!printed(amount, text)) {
                return false;
            }
        }
        return true;
    }

    private static boolean printed(Amount amount, String text) {
        return text.contains(amount.span()) || Pattern.compile("\\b" + Pattern.quote(amount.value()) + "\\b").matcher(text).find();
    }

    private boolean says(int article, Sentence s) {
        return Passages.says(s.text(), graph.passages(article));
    }

    /** The articles a sentence cites, as the verifier will judge them ({@link Passages#settle}). */
    List<Integer> settle(Sentence s, List<Integer> cited) {
        Map<Integer, Passages.Text> texts = new LinkedHashMap<>();
        for (int a = 0; a < graph.articles().size(); a++) {
            texts.put(a, graph.passages(a));
        }
        return Passages.settle(s.text(), s.article(), cited, texts);
    }

    /**
     * Whether an agreement may cite an article for a sentence: the article backs it, or says it in one
     * passage and prints every quotation in it word for word, every figure, at least half its names
     * (and none spelled another way), and enough of its words, so that the outlet is never cited for
     * words it did not print.
     */
    boolean citable(int article, Sentence s) {
        if (backs(article, s)) {
            return true;
        }
        if (!says(article, s) || !graph.printsFigures(article, s)) {
            return false;
        }
        String text = graph.text(article);
        for (String quote : s.facts().citedQuotes(s.text())) {
            if (!Facts.quoteIn(quote, text)) {
                return false;
            }
        }
        int details = 0;
        int printed = 0;
        for (String name : s.facts().capitalised()) {
            details++;
            if (text.contains(name)) {
                printed++;
            } else if (graph.spelledTwoWays(name)) {
                return false;
            }
        }
        for (Amount amount : s.facts().amounts()) {
            if (!printed(amount, text)) {
                return false; // each cited source prints each figure
            }
        }
        if (printed < MIN_CITED_DETAILS * details) {
            return false;
        }
        Set<String> stems = s.facts().stems();
        long found = stems.stream().filter(graph.textStems(article)::contains).count();
        return !stems.isEmpty() && found >= MIN_CITED_WORDS * stems.size();
    }
}
