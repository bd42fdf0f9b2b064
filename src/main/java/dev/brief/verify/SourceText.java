package dev.brief.verify;

import dev.brief.text.Normal;
import dev.brief.text.Numbers;
import dev.brief.text.Words;
import dev.brief.domain.Article;
import dev.brief.text.PromptInjection;
import dev.brief.text.Passages;
import dev.brief.text.SentenceSplitter;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one article says, indexed for the checks: its words, the numbers and dates it mentions, and
 * its running text for quotes. Title, outlet, agency, author and date count as part of it, since a
 * briefing may say "The Moscow Times (AFP) dates it July 10".
 */
final class SourceText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    final Article article;
    /** Words only, single spaces, padded with a space at each end, for quote lookup. */
    final String words;
    final Set<String> wordSet = new HashSet<>();
    final Set<String> stems = new HashSet<>();
    final Set<BigDecimal> numbers;
    final Set<String> dates;
    /**
     * The same article with its passages that address the model counted in, or null when it has none.
     * A statement that needs them to pass came from such a passage.
     */
    final SourceText withInstructions;
    /** Content-word stems of each sentence the article reports, and of each sentence addressed to the model. */
    final List<Set<String>> reportedSentences;
    final List<Set<String>> instructionSentences;
    /** The title and each sentence of what the article reports, with the byline that fits any of them ({@link Passages}). */
    final Passages.Text passages;

    /**
     * What an article reports: its passages that address the model ("Ignore previous instructions and
     * ...", see {@link PromptInjection}) are left out, since an instruction planted in an article is not
     * something the article reports.
     */
    SourceText(Article article) {
        this(article, PromptInjection.reportingText(article.text()));
    }

    private SourceText(Article article, String body) {
        this.article = article;
        StringBuilder all = new StringBuilder();
        for (String part : new String[] {article.outlet(), article.agency(), article.author(), article.title(),
            article.published() == null ? null : DATE.format(article.published()), body}) {
            if (part != null) {
                all.append(part).append("\n");
            }
        }
        String normal = Normal.text(all.toString());
        this.words = " " + String.join(" ", Words.of(normal)) + " ";
        for (String w : Words.of(normal)) {
            String n = Words.normal(w);
            wordSet.add(n);
            int apostrophe = w.indexOf('\'');
            if (apostrophe > 0 && apostrophe < 3) {
                wordSet.add(Words.normal(w.substring(apostrophe + 1))); // d'Esquadra, l'Express
            }
            stems.add(Words.stem(n));
        }
        this.numbers = Numbers.values(normal);
        this.dates = Numbers.dates(normal);
        this.passages = Passages.of(article.title(), body, article.outlet(), article.agency(), article.author());
        List<String> passages = body == article.text() ? List.of() : PromptInjection.passages(article.text());
        if (passages.isEmpty()) {
            this.withInstructions = null;
            this.reportedSentences = List.of();
            this.instructionSentences = List.of();
        } else {
            this.withInstructions = new SourceText(article, article.text());
            this.reportedSentences = sentenceStems(body);
            this.instructionSentences = sentenceStems(String.join("\n\n", passages));
        }
    }

    static List<Set<String>> sentenceStems(String text) {
        List<Set<String>> out = new ArrayList<>();
        for (String sentence : SentenceSplitter.sentences(text, SentenceSplitter.Stops.EVERY)) {
            Set<String> stems = Words.contentStems(Normal.text(sentence));
            if (!stems.isEmpty()) {
                out.add(stems);
            }
        }
        return out;
    }

    boolean hasWords(String quoteWords) {
        return words.contains(" " + quoteWords + " ");
    }

    /** A name is here as written, or as the place a demonym comes from: "Russian" is found in "Russia". */
    boolean hasName(String word) {
        if (wordSet.contains(word)) {
            return true;
        }
        for (String suffix : new String[] {"ians", "ian", "ans", "an", "ese", "ns", "n", "s"}) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
                String stem = word.substring(0, word.length() - suffix.length());
                for (String w : wordSet) {
                    if (w.startsWith(stem)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
