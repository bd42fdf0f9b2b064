package dev.brief.verify;

import dev.brief.read.Article;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one article says, indexed for the checks: its words, the numbers and dates it mentions, and
 * its running text for quotes. Title, outlet, agency, author and date count as part of it, since a
 * briefing may say "The Moscow Times (AFP) dates it July 10".
 */
final class SourceText {
    private static final Pattern PARAGRAPH = Pattern.compile("\\n\\s*\\n");
    private static final Pattern INSTRUCTION = Pattern.compile("(?i)\\b(?:"
            + "(?:ignore|disregard|forget|override)\\s+(?:all\\s+|any\\s+)?(?:of\\s+)?(?:the\\s+|your\\s+)?(?:previous|prior|above|earlier|preceding|system)\\s+(?:instructions?|prompts?|rules|directions)"
            + "|(?:new|updated|real)\\s+instructions?\\s*:"
            + "|system\\s+prompt"
            + "|you\\s+are\\s+(?:now\\s+)?(?:an?\\s+)?(?:ai|assistant|language\\s+model|chatbot|llm)\\b"
            + "|(?:write|say|state|report|include|mention)\\s+in\\s+(?:the|your)\\s+(?:summary|briefing|answer|response|output)"
            + ")");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    final Article article;
    /** Words only, single spaces, padded with a space at each end, for quote lookup. */
    final String words;
    final Set<String> wordSet = new HashSet<>();
    final Set<String> stems = new HashSet<>();
    final Set<BigDecimal> numbers;
    final Set<String> dates;

    SourceText(Article article) {
        this.article = article;
        StringBuilder all = new StringBuilder();
        for (String part : new String[] {article.outlet(), article.agency(), article.author(), article.title(),
            article.published() == null ? null : DATE.format(article.published()), reportingOnly(article.text())}) {
            if (part != null) {
                all.append(part).append("\n");
            }
        }
        String normal = Normal.text(all.toString());
        this.words = " " + String.join(" ", Tokens.words(normal)) + " ";
        for (String w : Tokens.words(normal)) {
            String n = Normal.word(w);
            wordSet.add(n);
            int apostrophe = w.indexOf('\'');
            if (apostrophe > 0 && apostrophe < 3) {
                wordSet.add(Normal.word(w.substring(apostrophe + 1))); // d'Esquadra, l'Express
            }
            stems.add(Tokens.stem(n));
        }
        this.numbers = Numbers.values(normal);
        this.dates = Numbers.dates(normal);
    }

    /**
     * The article without paragraphs that address the model ("Ignore previous instructions and ..."):
     * an instruction planted in an article is not something the article reports, so a statement
     * that only the instruction supports is not verified.
     */
    static String reportingOnly(String text) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : PARAGRAPH.split(text)) {
            if (!INSTRUCTION.matcher(paragraph).find()) {
                out.append(paragraph).append("\n\n");
            }
        }
        return out.toString();
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
