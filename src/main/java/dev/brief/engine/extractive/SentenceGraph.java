package dev.brief.engine.extractive;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.domain.Article;
import dev.brief.domain.Event;
import dev.brief.domain.IndependentSources;
import dev.brief.engine.extractive.ExtractiveBriefer.Settings;
import dev.brief.engine.extractive.Facts.Amount;
import dev.brief.group.SentenceEmbedder;
import dev.brief.read.Boilerplate;
import dev.brief.read.TextArticleParser;
import dev.brief.text.Normal;
import dev.brief.text.Numbers;
import dev.brief.text.Passages;
import dev.brief.text.PromptInjection;
import dev.brief.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sentences of one event and how they relate, computed once per briefing and never changed
 * after: each sentence's article, place and facts, each pair's cosine and alignment, each sentence's
 * salience, and which articles count as one source. Every section reads it; none writes to it.
 */
final class SentenceGraph {

    /*
     * Alignment of two sentences is the mean of their embeddings' cosine and the share of content words
     * they have in common. The embedding alone rates "the second meeting between Rubio and Lavrov" close
     * to "Rubio told reporters that Lavrov had put forward something new"; the shared words do not.
     * The thresholds were set by reading the alignments of the seeds event and of NeuS/AllSides
     * validation events.
     */
    /** Same statement: alignment at or above this, with a cosine of at least AGREE_COSINE. */
    static final double AGREE = 0.55;
    static final double AGREE_COSINE = 0.55;
    /**
     * Two sentences that each are the only one of their article to name a date or figure (a month, a
     * year, "two people") say the same thing when they are at least this close: "last met in February
     * in Saudi Arabia" and "first face-to-face engagement occurred in February in Riyadh" share few
     * words, and the anchor makes up for them.
     */
    static final double ANCHOR_COSINE = 0.4;
    /** Overlap of few words says little: the share is taken of at least this many words. */
    static final int MIN_OVERLAP_BASE = 4;
    /** News puts the story first; later sentences of long articles add little and cost embedding time. */
    private static final int MAX_SENTENCES_PER_ARTICLE = 40;
    private static final Pattern MONTH_OR_YEAR = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\\d\\d)\\b");

    private final List<Article> articles;
    /** Each article's text without its passages that address a model, which are never picked or relied on. */
    private final List<String> texts;
    /** Each article's source: wire copies and one agency's story share one, as the verifier counts them. */
    private final List<String> keys;
    private final int sourceCount;
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH);
    private final List<Sentence> sentences;
    private final double[][] similarity;
    private final double[][] alignment;
    private final double[] salience;
    /** How well the other sources echo each sentence. */
    private final double[] support;
    /** Dates and figures of each sentence, and how many sentences of each article name each one. */
    private final List<Set<String>> anchors;
    private final List<Map<String, Integer>> anchorCounts;
    /** Content-word stems of each article's text. */
    private final List<Set<String>> textStems;
    /** Each article's passages, and its figures and dates (with its title, byline and date), as the verifier reads them. */
    private final List<Passages.Text> passages;
    private final List<Set<java.math.BigDecimal>> figures;
    private final List<Set<String>> dates;
    /** Names that two sources spell two ways ("Sergey Lavrov", "Sergei Lavrov"). */
    private final List<Conflicts.NameVariant> nameVariants;
    /** Their words spelled two ways ("Sergey", "Sergei"): no other source is cited for them. */
    private final Set<String> variantWords;

    SentenceGraph(Event event, Settings settings) {
        articles = List.copyOf(event.articles());
        texts = articles.stream().map(a -> PromptInjection.reportingText(a.text())).toList();
        IndependentSources independent = IndependentSources.among(articles);
        keys = articles.stream().map(a -> independent.keyOf(a.id())).toList();
        sourceCount = (int) keys.stream().distinct().count();
        List<Sentence> split = new ArrayList<>();
        Map<String, Integer> firstWithText = new HashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            // Furniture that a text or feed kept ("Click here for more.") is never a statement.
            List<String> own = new ArrayList<>(SentenceSplitter.split(texts.get(a)).stream().filter(x -> !Boilerplate.isSentence(x)).toList());
            if (!own.isEmpty()) {
                own.set(0, TextArticleParser.withoutDateline(own.get(0)));
            }
            for (int p = 0; p < own.size() && p < MAX_SENTENCES_PER_ARTICLE; p++) {
                int index = split.size();
                int same = firstWithText.computeIfAbsent(own.get(p).strip().replaceAll("\\s+", " "), t -> index);
                split.add(new Sentence(index, a, p, own.get(p), Facts.of(own.get(p)), same));
            }
        }
        if (split.isEmpty()) {
            throw new BriefException(ExitCode.INPUT, "the articles hold no sentence to brief; pass articles with body text");
        }
        sentences = List.copyOf(split);
        textStems = texts.stream().map(t -> Collections.unmodifiableSet(Facts.stemsOf(t))).toList();
        List<Passages.Text> passagesOf = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            Article article = articles.get(a);
            passagesOf.add(Passages.of(article.title(), texts.get(a), article.outlet(), article.agency(), article.author()));
        }
        passages = List.copyOf(passagesOf);
        List<Set<java.math.BigDecimal>> figuresOf = new ArrayList<>();
        List<Set<String>> datesOf = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            Article article = articles.get(a);
            String all = Normal.text(String.join("\n", java.util.stream.Stream.of(article.outlet(), article.agency(), article.author(),
                    article.title(), article.published() == null ? null : DAY.format(article.published()), texts.get(a))
                    .filter(java.util.Objects::nonNull).toList()));
            figuresOf.add(Numbers.values(all));
            datesOf.add(Numbers.dates(all));
        }
        figures = List.copyOf(figuresOf);
        dates = List.copyOf(datesOf);
        List<Set<String>> anchorsOf = new ArrayList<>();
        List<Map<String, Integer>> counts = new ArrayList<>();
        articles.forEach(a -> counts.add(new LinkedHashMap<>()));
        for (Sentence s : sentences) {
            Set<String> own = anchorsOf(s);
            anchorsOf.add(Collections.unmodifiableSet(own));
            own.forEach(x -> counts.get(s.article()).merge(x, 1, Integer::sum));
        }
        anchors = List.copyOf(anchorsOf);
        anchorCounts = counts.stream().map(Collections::unmodifiableMap).toList();
        nameVariants = List.copyOf(Conflicts.nameVariants(firstArticlePerSource().stream().map(texts::get).toList()));
        Set<String> variants = new LinkedHashSet<>();
        for (Conflicts.NameVariant v : nameVariants) {
            variants.add(v.first());
            variants.add(v.second());
        }
        variantWords = Collections.unmodifiableSet(variants);
        List<float[]> vectors = SentenceEmbedder.embed(sentences.stream().map(Sentence::text).toList());
        int n = sentences.size();
        similarity = new double[n][n];
        alignment = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double c = SentenceEmbedder.cosine(vectors.get(i), vectors.get(j));
                similarity[i][j] = c;
                similarity[j][i] = c;
                double a = (c + wordOverlap(sentences.get(i).facts(), sentences.get(j).facts())) / 2;
                alignment[i][j] = a;
                alignment[j][i] = a;
            }
        }
        support = new double[n];
        salience = new double[n];
        for (Sentence s : sentences) {
            double total = 0;
            for (int j = 0; j < n; j++) {
                total += j == s.index() ? 0 : similarity[s.index()][j];
            }
            double centrality = n > 1 ? total / (n - 1) : 1;
            support[s.index()] = sourceCount > 1 ? meanBestMatchInOtherSources(s) : 0;
            salience[s.index()] = centrality + settings.supportWeight() * support[s.index()]
                    + settings.leadWeight() / (1 + s.position());
        }
    }

    List<Article> articles() {
        return articles;
    }

    /** An article's text as the sections may rely on it: without passages that address a model. */
    String text(int article) {
        return texts.get(article);
    }

    Set<String> textStems(int article) {
        return textStems.get(article);
    }

    /** An article's passages, where the verifier looks for what a statement citing it says. */
    Passages.Text passages(int article) {
        return passages.get(article);
    }

    /** Whether an article prints every figure and date of a sentence, as the verifier asks of each cited source. */
    boolean printsFigures(int article, Sentence s) {
        return Numbers.printsFigures(Normal.text(s.text()), figures.get(article), dates.get(article));
    }

    /** The independent source an article belongs to. */
    String source(int article) {
        return keys.get(article);
    }

    int sourceCount() {
        return sourceCount;
    }

    List<Sentence> sentences() {
        return sentences;
    }

    Sentence sentence(int index) {
        return sentences.get(index);
    }

    double similarity(Sentence a, Sentence b) {
        return similarity[a.index()][b.index()];
    }

    double alignment(Sentence a, Sentence b) {
        return alignment[a.index()][b.index()];
    }

    double salience(Sentence s) {
        return salience[s.index()];
    }

    double support(Sentence s) {
        return support[s.index()];
    }

    /** Whether two sources spell a word of a name two ways ("Sergey", "Sergei"). */
    boolean spelledTwoWays(String word) {
        return variantWords.contains(word);
    }

    /** For each other independent source, its sentence best aligned with s, if they say the same thing. */
    List<Sentence> agreeingPerOtherSource(Sentence s) {
        Map<String, Sentence> best = new LinkedHashMap<>();
        String own = keys.get(s.article());
        for (Sentence o : sentences) {
            String key = keys.get(o.article());
            if (key.equals(own) || !sameStatement(s, o)) {
                continue;
            }
            Sentence current = best.get(key);
            if (current == null || alignment(s, o) > alignment(s, current) + 1e-12) {
                best.put(key, o);
            }
        }
        return new ArrayList<>(best.values());
    }

    /** Close in meaning and words, or close in meaning and the only two sentences of their articles with a date or figure. */
    private boolean sameStatement(Sentence s, Sentence o) {
        double c = similarity(s, o);
        if (alignment(s, o) >= AGREE && c >= AGREE_COSINE) {
            return true;
        }
        if (c < ANCHOR_COSINE) {
            return false;
        }
        for (String anchor : anchors.get(s.index())) {
            if (anchors.get(o.index()).contains(anchor) && anchorCounts.get(s.article()).get(anchor) == 1
                    && anchorCounts.get(o.article()).get(anchor) == 1) {
                return true;
            }
        }
        return false;
    }

    double bestAlignmentInOtherSources(Sentence s) {
        double best = 0;
        String own = keys.get(s.article());
        for (Sentence o : sentences) {
            if (!keys.get(o.article()).equals(own)) {
                best = Math.max(best, alignment(s, o));
            }
        }
        return best;
    }

    /** One article per independent source, the first of each, so that a wire copy is not compared with itself. */
    List<Integer> firstArticlePerSource() {
        Map<String, Integer> first = new LinkedHashMap<>();
        for (int a = 0; a < articles.size(); a++) {
            first.putIfAbsent(keys.get(a), a);
        }
        return new ArrayList<>(first.values());
    }

    List<Conflicts.NameVariant> nameVariants() {
        return nameVariants;
    }

    /** The ids of some articles, each once, in the event's order. */
    List<String> ids(List<Integer> articleIndexes) {
        return articleIndexes.stream().distinct().sorted().map(a -> articles.get(a).id()).toList();
    }

    /** Months, years and figures with their unit; weekdays are left out, as most reports of one day name it. */
    private static Set<String> anchorsOf(Sentence s) {
        Set<String> out = new LinkedHashSet<>();
        var m = MONTH_OR_YEAR.matcher(s.text());
        while (m.find()) {
            out.add(m.group(1));
        }
        for (Amount a : s.facts().amounts()) {
            if (!a.unit().equals("weekday")) {
                out.add(a.value() + " " + a.unit());
            }
        }
        return out;
    }

    private double meanBestMatchInOtherSources(Sentence s) {
        Map<String, Double> best = new LinkedHashMap<>();
        String own = keys.get(s.article());
        for (Sentence o : sentences) {
            String key = keys.get(o.article());
            if (!key.equals(own)) {
                best.merge(key, similarity(s, o), Math::max);
            }
        }
        return best.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** Shared content words over the smaller sentence's count (at least {@link #MIN_OVERLAP_BASE}). */
    private static double wordOverlap(Facts a, Facts b) {
        return Restatement.overlap(a.stems(), b.stems());
    }
}
