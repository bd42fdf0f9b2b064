package dev.brief.engine.extractive;

import dev.brief.domain.Engine;
import dev.brief.text.SentenceSplitter;
import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.engine.Briefer;
import dev.brief.domain.Briefing;
import dev.brief.domain.Briefing.Difference;
import dev.brief.domain.Briefing.Item;
import dev.brief.domain.Briefing.Position;
import dev.brief.domain.Source;
import dev.brief.engine.extractive.Facts.Amount;
import dev.brief.domain.Event;
import dev.brief.group.SentenceEmbedder;
import dev.brief.domain.Article;
import dev.brief.domain.IndependentSources;
import dev.brief.read.Boilerplate;
import dev.brief.text.PromptInjection;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The engine that needs no model. Every statement it makes is a sentence copied from a source and
 * cited. Salience is centrality over sentence embeddings plus a bonus for lead sentences, picked with
 * maximal marginal relevance so the summary does not repeat itself. Sentences from independent
 * outlets that say the same thing become agreements citing all of them; aligned sentences whose
 * figures, dates or quotations conflict, a name spelled two ways, and differing report dates become
 * differences; salient sentences nothing else matches are reported as single-source details.
 */
public final class ExtractiveBriefer implements Briefer {

    /**
     * The tunable weights; {@link #DEFAULT} was chosen on the NeuS/AllSides validation split (see the
     * README's benchmark section).
     *
     * @param summarySentences how many sentences the summary takes
     * @param leadWeight       bonus for a sentence's early place in its article: leadWeight / (1 + index)
     * @param supportWeight    weight of how well other outlets echo a sentence
     * @param mmrLambda        relevance against novelty when picking sentences: 1 ignores redundancy
     */
    public record Settings(int summarySentences, double leadWeight, double supportWeight, double mmrLambda) {
        public static final Settings DEFAULT = new Settings(2, 0.3, 0.5, 0.7);
    }

    /*
     * Alignment of two sentences is the mean of their embeddings' cosine and the share of content words
     * they have in common. The embedding alone rates "the second meeting between Rubio and Lavrov" close
     * to "Rubio told reporters that Lavrov had put forward something new"; the shared words do not.
     * The thresholds below were set by reading the alignments of the seeds event and of NeuS/AllSides
     * validation events.
     */
    /** Same statement: alignment at or above this, with a cosine of at least AGREE_COSINE. */
    static final double AGREE = 0.55;
    static final double AGREE_COSINE = 0.55;
    /** Close enough that conflicting figures in the two sentences are about the same thing. */
    static final double ALIGN = 0.5;
    /** Quotations are compared between sentences at least this close (the quote words must overlap too). */
    static final double ALIGN_QUOTES = 0.35;
    /**
     * Two sentences that each are the only one of their article to name a date or figure (a month, a
     * year, "two people") say the same thing when they are at least this close: "last met in February
     * in Saudi Arabia" and "first face-to-face engagement occurred in February in Riyadh" share few
     * words, and the anchor makes up for them.
     */
    static final double ANCHOR_COSINE = 0.4;
    /** A sentence no other outlet aligns with this well is a single-source detail. */
    static final double SINGLE = 0.4;
    /**
     * An agreement cites another outlet for a sentence only when that outlet prints every quotation in
     * it, at least this share of its names and figures, and at least MIN_CITED_WORDS of its words.
     */
    private static final double MIN_CITED_DETAILS = 0.5;
    private static final double MIN_CITED_WORDS = 0.34;
    /** Overlap of few words says little: the share is taken of at least this many words. */
    private static final int MIN_OVERLAP_BASE = 4;
    /** Bonus per name or figure (up to three) that nothing else prints, when ranking single-source details. */
    private static final double OWN_DETAIL_BONUS = 0.1;
    /** Bonus for a single-source detail's words that nothing else has, reached at NEW_WORDS_FULL words. */
    private static final double NEW_WORDS_BONUS = 0.3;
    private static final int NEW_WORDS_FULL = 12;
    /** Bonus for a single-source detail that says when: "this weekend", "hours after", "on Thursday", "in 2022". */
    private static final double EVENT_TIME_BONUS = 0.1;
    private static final Pattern TIME = Pattern.compile("(?i)\\b(?:today|tonight|yesterday|tomorrow|earlier|later|"
            + "(?:this|last|next|previous|coming)\\s+(?:week|weekend|month|year|morning|afternoon|evening|night)|"
            + "(?:hours|days|weeks|months|years)\\s+(?:after|before|ago|later|earlier)|shortly\\s+(?:after|before)|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            + "january|february|march|april|june|july|august|september|october|november|december|(?:19|20)\\d\\d)\\b");
    /** Capitalised words in a row, with "of" between them: one name. */
    private static final Pattern NAME_RUN = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}’'.-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}\\p{N}’'.-]*)*");
    private static final int MAX_AGREEMENTS = 4;
    private static final int MAX_DIFFERENCES = 6;
    private static final int MAX_SINGLE = 6;
    private static final int MAX_SINGLE_PER_OUTLET = 3;
    /** With one source everything is single-source: its details after the summary. */
    private static final int MAX_SINGLE_ONE_SOURCE = 5;
    /** News puts the story first; later sentences of long articles add little and cost embedding time. */
    private static final int MAX_SENTENCES_PER_ARTICLE = 40;
    private static final int MAX_HEADLINE_WORDS = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MONTH_OR_YEAR = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\\d\\d)\\b");

    private final Settings settings;

    public ExtractiveBriefer() {
        this(Settings.DEFAULT);
    }

    public ExtractiveBriefer(Settings settings) {
        this.settings = settings;
    }

    /** One sentence of one article; index is its place in the event's sentence list. */
    record Sentence(int index, int article, int position, String text, Facts facts) {}

    /**
     * Every statement is one source's own sentence, cited to that source first; other outlets are
     * cited when they seem to say the same. When the checks disagree about one of those extra
     * citations, it goes: the statement keeps its own source, and an agreement left with one outlet
     * becomes a single-source detail.
     */
    @Override
    public Briefing repair(Event event, Briefing checked) {
        IndependentSources independent = IndependentSources.among(event.articles());
        List<Item> summary = checked.summary().stream().map(ExtractiveBriefer::withoutDisputedCitations).toList();
        List<Item> agreements = new ArrayList<>();
        List<Item> single = new ArrayList<>(checked.singleSource());
        for (Item item : checked.agreements()) {
            Item kept = withoutDisputedCitations(item);
            if (independent.keysOf(kept.sources()).size() >= 2) {
                agreements.add(kept);
            } else {
                single.add(Item.of(kept.text(), kept.sources().subList(0, 1)));
            }
        }
        return checked.withContent(checked.headline(), summary, agreements, checked.differences(), single);
    }

    private static Item withoutDisputedCitations(Item item) {
        if (item.verified() || item.sources().size() < 2) {
            return item;
        }
        List<String> kept = new ArrayList<>(List.of(item.sources().get(0)));
        for (String id : item.sources().subList(1, item.sources().size())) {
            if (item.problems().stream().noneMatch(p -> p.disputes(id))) {
                kept.add(id);
            }
        }
        return Item.of(item.text(), kept);
    }

    @Override
    public Briefing brief(Event event) {
        return new Analysis(event).briefing();
    }

    /** The sentences of an event, scored and compared; built once per briefing. */
    final class Analysis {
        final List<Article> articles;
        /** Each article's text without its passages that address a model, which are never picked or relied on. */
        final List<String> texts;
        final List<String> keys;
        final List<Sentence> sentences = new ArrayList<>();
        final double[][] sim;
        final double[][] align;
        final double[] salience;
        final double[] support;
        final Set<Integer> used = new LinkedHashSet<>();
        /** Dates and figures of each sentence, and how many sentences of each article name each one. */
        final List<Set<String>> anchors = new ArrayList<>();
        final List<Map<String, Integer>> anchorCounts = new ArrayList<>();
        /** Content-word stems of each article's text. */
        final List<Set<String>> textStems;
        /** Words that one source spells another way ("Sergey", "Sergei"): no other source is cited for them. */
        final Set<String> variantWords = new LinkedHashSet<>();

        Analysis(Event event) {
            articles = event.articles();
            texts = articles.stream().map(a -> PromptInjection.reportingText(a.text())).toList();
            keys = independentKeys(articles);
            for (int a = 0; a < articles.size(); a++) {
                List<String> split = SentenceSplitter.split(texts.get(a));
                // Furniture that a text or feed kept ("Click here for more.") is never a statement.
                split = split.stream().filter(x -> !Boilerplate.isSentence(x)).toList();
                for (int p = 0; p < split.size() && p < MAX_SENTENCES_PER_ARTICLE; p++) {
                    sentences.add(new Sentence(sentences.size(), a, p, split.get(p), Facts.of(split.get(p))));
                }
            }
            if (sentences.isEmpty()) {
                throw new BriefException(ExitCode.INPUT, "the articles hold no sentence to brief; pass articles with body text");
            }
            textStems = texts.stream().map(Facts::stemsOf).toList();
            articles.forEach(a -> anchorCounts.add(new LinkedHashMap<>()));
            for (Sentence s : sentences) {
                Set<String> own = anchorsOf(s);
                anchors.add(own);
                own.forEach(x -> anchorCounts.get(s.article()).merge(x, 1, Integer::sum));
            }
            for (Conflicts.NameVariant v : Conflicts.nameVariants(firstArticlePerKey().stream().map(texts::get).toList())) {
                variantWords.add(v.first());
                variantWords.add(v.second());
            }
            List<float[]> vectors = SentenceEmbedder.embed(sentences.stream().map(Sentence::text).toList());
            int n = sentences.size();
            sim = new double[n][n];
            align = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = i; j < n; j++) {
                    double c = SentenceEmbedder.cosine(vectors.get(i), vectors.get(j));
                    sim[i][j] = c;
                    sim[j][i] = c;
                    double a = (c + wordOverlap(sentences.get(i).facts(), sentences.get(j).facts())) / 2;
                    align[i][j] = a;
                    align[j][i] = a;
                }
            }
            support = new double[n];
            salience = new double[n];
            long distinctKeys = keys.stream().distinct().count();
            for (Sentence s : sentences) {
                double total = 0;
                for (int j = 0; j < n; j++) {
                    total += j == s.index() ? 0 : sim[s.index()][j];
                }
                double centrality = n > 1 ? total / (n - 1) : 1;
                support[s.index()] = distinctKeys > 1 ? meanBestMatchInOtherSources(s) : 0;
                salience[s.index()] = centrality + settings.supportWeight() * support[s.index()]
                        + settings.leadWeight() / (1 + s.position());
            }
        }

        Briefing briefing() {
            List<Source> sources = new ArrayList<>();
            for (int a = 0; a < articles.size(); a++) {
                sources.add(Source.of(articles.get(a), a + 1));
            }
            List<Difference> differences = differences();
            List<Item> summary = summary();
            List<Item> agreements = agreements();
            for (Difference d : differences) {
                for (Position p : d.positions()) {
                    sentences.stream().filter(x -> x.text().equals(p.text())).forEach(x -> used.add(x.index()));
                }
            }
            List<Item> single = singleSource();
            return new Briefing(headline(), Engine.EXTRACTIVE, null, null, null, sources, summary, agreements, differences, single,
                    Briefing.Usage.NONE, Briefing.Verification.NONE);
        }

        /** The top sentences by salience, picked with MMR; each cites the outlets that back all its details. */
        List<Item> summary() {
            List<Item> out = new ArrayList<>();
            for (Sentence s : pick(sentences, settings.summarySentences())) {
                used.add(s.index());
                List<Integer> backers = new ArrayList<>(List.of(s.article()));
                for (Sentence match : agreeingPerOtherSource(s)) {
                    if (!conflict(s, match) && backs(match.article(), s)) {
                        backers.add(match.article());
                    }
                }
                out.add(Item.of(s.text(), ids(backers)));
            }
            return out;
        }

        /** Statements echoed by independent outlets, best supported first, none repeating the summary. */
        List<Item> agreements() {
            if (keys.stream().distinct().count() < 2) {
                return List.of();
            }
            List<Sentence> bySalience = new ArrayList<>(sentences);
            bySalience.sort(Comparator.comparingDouble((Sentence s) -> -salience[s.index()]).thenComparingInt(Sentence::index));
            List<Item> out = new ArrayList<>();
            for (Sentence s : bySalience) {
                if (out.size() >= MAX_AGREEMENTS) {
                    break;
                }
                if (used.contains(s.index())) {
                    continue;
                }
                List<Sentence> members = new ArrayList<>(List.of(s));
                for (Sentence match : agreeingPerOtherSource(s)) {
                    if (!used.contains(match.index()) && !conflict(s, match)) {
                        members.add(match);
                    }
                }
                if (members.size() < 2) {
                    continue;
                }
                // Say it in the member's words that most outlets can be cited for: all of them print its
                // quotations, most of its names and figures, and enough of its words.
                Sentence said = null;
                List<Integer> cited = List.of();
                for (Sentence candidate : members) {
                    List<Integer> citing = new ArrayList<>(List.of(candidate.article()));
                    for (Sentence m : members) {
                        if (m != candidate && citable(m.article(), candidate)) {
                            citing.add(m.article());
                        }
                    }
                    if (said == null || better(candidate, citing, said, cited, members)) {
                        said = candidate;
                        cited = citing;
                    }
                }
                if (cited.stream().map(keys::get).distinct().count() >= 2) {
                    members.forEach(m -> used.add(m.index()));
                    out.add(Item.of(said.text(), ids(cited)));
                }
            }
            return out;
        }

        /** More independent outlets cited, then fewer outlets lacking a name or figure, then salience. */
        private boolean better(Sentence a, List<Integer> citedA, Sentence b, List<Integer> citedB, List<Sentence> members) {
            long ka = citedA.stream().map(keys::get).distinct().count();
            long kb = citedB.stream().map(keys::get).distinct().count();
            if (ka != kb) {
                return ka > kb;
            }
            int ua = unbacked(a, members);
            int ub = unbacked(b, members);
            if (ua != ub) {
                return ua < ub;
            }
            return salience[a.index()] > salience[b.index()] + 1e-12;
        }

        List<Difference> differences() {
            List<Difference> out = new ArrayList<>();
            reportDates().ifPresent(out::add);
            out.addAll(nameSpellings());
            out.addAll(alignedConflicts());
            return out.size() > MAX_DIFFERENCES ? out.subList(0, MAX_DIFFERENCES) : out;
        }

        /** The sources' own dates, when they differ: datelines and date lines disagree. */
        java.util.Optional<Difference> reportDates() {
            Set<java.time.LocalDate> dates = new LinkedHashSet<>();
            articles.forEach(a -> {
                if (a.published() != null) {
                    dates.add(a.published());
                }
            });
            if (dates.size() < 2) {
                return java.util.Optional.empty();
            }
            List<Position> positions = new ArrayList<>();
            for (Article a : articles) {
                if (a.published() != null) {
                    positions.add(new Position(a.id(), "dated " + DAY.format(a.published()), null));
                }
            }
            List<String> shown = dates.stream().sorted().map(DAY::format).toList();
            return java.util.Optional.of(Difference.of("Date of the reports: " + String.join(" / ", shown), positions));
        }

        /** One name spelled two ways, each spelling quoted from the sentence that uses it. */
        List<Difference> nameSpellings() {
            List<Integer> firstOfKey = firstArticlePerKey();
            List<Difference> out = new ArrayList<>();
            for (Conflicts.NameVariant v : Conflicts.nameVariants(firstOfKey.stream().map(texts::get).toList())) {
                List<Position> positions = new ArrayList<>();
                for (String span : List.of(v.firstSpan(), v.secondSpan())) {
                    for (int a : firstOfKey) {
                        Sentence s = firstSentenceWith(a, span);
                        if (s != null) {
                            positions.add(new Position(articles.get(a).id(), s.text(), span));
                            break;
                        }
                    }
                }
                if (positions.size() == 2) {
                    out.add(Difference.of("Spelling of a name: " + v.first() + " / " + v.second(), positions));
                }
            }
            return out;
        }

        /** Pairs of close sentences from independent outlets whose figures, dates or quotations conflict. */
        List<Difference> alignedConflicts() {
            List<Difference> out = new ArrayList<>();
            Set<String> reported = new LinkedHashSet<>();
            List<FigureConflict> figures = new ArrayList<>();
            for (Sentence a : sentences) {
                for (Sentence b : sentences) {
                    if (b.index() <= a.index() || keys.get(a.article()).equals(keys.get(b.article()))) {
                        continue;
                    }
                    double c = sim[a.index()][b.index()];
                    if (align[a.index()][b.index()] >= ALIGN) {
                        for (Amount[] pair : Conflicts.amounts(a.facts(), b.facts())) {
                            addFigureConflict(out, figures, a, pair[0], b, pair[1]);
                        }
                    }
                    if (c >= ALIGN_QUOTES) {
                        String[] quotes = Conflicts.quotes(a.facts(), b.facts());
                        if (quotes != null) {
                            addQuoteConflict(out, reported, a, quotes[0], b, quotes[1]);
                        }
                    }
                }
            }
            return out;
        }

        /** The figures of one difference, one per independent outlet, and where the difference stands in the list. */
        private record FigureConflict(int at, List<Amount> amounts, List<Integer> articles, List<Position> positions) {}

        /**
         * One difference per figure: a pair whose figure, in either outlet, measures the same thing as
         * one already reported for that outlet joins that difference (AP's 14 dead against Reuters' 12
         * and BBC's 13 is one difference of three positions), adding only outlets it does not have.
         */
        private void addFigureConflict(List<Difference> out, List<FigureConflict> figures, Sentence a, Amount x, Sentence b, Amount y) {
            FigureConflict joined = null;
            for (FigureConflict f : figures) {
                for (int i = 0; i < f.articles().size() && joined == null; i++) {
                    String key = keys.get(f.articles().get(i));
                    Amount held = f.amounts().get(i);
                    if (key.equals(keys.get(a.article())) && Conflicts.comparable(held, x)
                            || key.equals(keys.get(b.article())) && Conflicts.comparable(held, y)) {
                        joined = f;
                    }
                }
            }
            if (joined == null) {
                joined = new FigureConflict(out.size(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                figures.add(joined);
                out.add(null);
            }
            addPosition(joined, a, x);
            addPosition(joined, b, y);
            // Each value once in the topic, in the words of the outlet that wrote it first.
            List<String> shown = new ArrayList<>();
            List<Amount> distinct = new ArrayList<>();
            for (Amount amount : joined.amounts()) {
                if (distinct.stream().noneMatch(amount::sameValue)) {
                    distinct.add(amount);
                    shown.add(amount.span());
                }
            }
            List<Position> positions = new ArrayList<>(joined.positions());
            positions.sort(Comparator.comparingInt(p -> articleIndex(p.source())));
            out.set(joined.at(), Difference.of("Different figures: " + String.join(" / ", shown), positions));
        }

        private void addPosition(FigureConflict f, Sentence s, Amount amount) {
            if (f.articles().stream().noneMatch(k -> keys.get(k).equals(keys.get(s.article())))) {
                f.articles().add(s.article());
                f.amounts().add(amount);
                f.positions().add(new Position(articles.get(s.article()).id(), s.text(), amount.span()));
            }
        }

        /** A quotation quoted differently by several sentences of one source joins the same difference. */
        private void addQuoteConflict(List<Difference> out, Set<String> reported, Sentence a, String qa, Sentence b, String qb) {
            Position pa = new Position(articles.get(a.article()).id(), a.text(), qa);
            Position pb = new Position(articles.get(b.article()).id(), b.text(), qb);
            for (int i = 0; i < out.size(); i++) {
                Difference d = out.get(i);
                if (!d.topic().equals(QUOTED_DIFFERENTLY)) {
                    continue;
                }
                boolean hasA = d.positions().contains(pa);
                boolean hasB = d.positions().contains(pb);
                if (hasA || hasB) {
                    List<Position> positions = new ArrayList<>(d.positions());
                    if (!hasA) {
                        positions.add(pa);
                    }
                    if (!hasB) {
                        positions.add(pb);
                    }
                    positions.sort(Comparator.comparingInt(p -> articleIndex(p.source())));
                    out.set(i, Difference.of(QUOTED_DIFFERENTLY, positions));
                    return;
                }
            }
            if (reported.add(qa + "|" + qb)) {
                out.add(Difference.of(QUOTED_DIFFERENTLY, List.of(pa, pb)));
            }
        }

        /**
         * Salient sentences that no other outlet reports and that say nothing already said, preferring
         * ones with names, figures and words that neither another outlet nor the briefing so far has:
         * a detail is worth reporting for what it adds.
         */
        List<Item> singleSource() {
            boolean several = keys.stream().distinct().count() > 1;
            List<Sentence> left = new ArrayList<>();
            for (Sentence s : sentences) {
                if (used.contains(s.index())) {
                    continue;
                }
                if (several && bestAlignmentInOtherSources(s) >= SINGLE) {
                    continue;
                }
                left.add(s);
            }
            long outlets = keys.stream().distinct().count();
            // Each outlet gets its share of the list, so that one long article does not fill it.
            long share = several ? Math.min(MAX_SINGLE_PER_OUTLET, (MAX_SINGLE + outlets - 1) / outlets) : MAX_SINGLE_ONE_SOURCE;
            List<Sentence> said = new ArrayList<>(used.stream().map(sentences::get).toList());
            List<Sentence> chosen = new ArrayList<>();
            Map<String, Integer> perOutlet = new LinkedHashMap<>();
            double lambda = settings.mmrLambda();
            while (chosen.size() < MAX_SINGLE && !left.isEmpty()) {
                Sentence best = null;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (Sentence s : left) {
                    if (perOutlet.getOrDefault(keys.get(s.article()), 0) >= share) {
                        continue;
                    }
                    double redundancy = 0;
                    for (Sentence c : said) {
                        redundancy = Math.max(redundancy, align[s.index()][c.index()]);
                    }
                    // How well other outlets echo a sentence says nothing of a detail only one of them reports.
                    double relevance = several ? salience[s.index()] - settings.supportWeight() * support[s.index()] + addedWorth(s, said)
                            : salience[s.index()];
                    double score = lambda * relevance - (1 - lambda) * redundancy;
                    if (score > bestScore + 1e-12) {
                        bestScore = score;
                        best = s;
                    }
                }
                if (best == null) {
                    break;
                }
                chosen.add(best);
                said.add(best);
                left.remove(best);
                perOutlet.merge(keys.get(best.article()), 1, Integer::sum);
            }
            List<Item> out = new ArrayList<>();
            for (Sentence s : chosen) {
                used.add(s.index());
                out.add(Item.of(s.text(), List.of(articles.get(s.article()).id())));
            }
            return out;
        }

        /** The title of a source: the one closest to the summary, preferring real titles to cut-off first sentences. */
        String headline() {
            List<Article> withTitles = articles.stream().filter(a -> a.title() != null && !a.title().isBlank()).toList();
            if (withTitles.isEmpty()) {
                return sentences.get(0).text();
            }
            List<Article> whole = withTitles.stream()
                    .filter(a -> !a.title().endsWith("…") && WORD.matcher(a.title()).results().count() <= MAX_HEADLINE_WORDS).toList();
            List<Article> candidates = whole.isEmpty() ? withTitles : whole;
            if (candidates.size() == 1) {
                return candidates.get(0).title();
            }
            List<float[]> titles = SentenceEmbedder.embed(candidates.stream().map(Article::title).toList());
            List<String> summaryTexts = pick(sentences, settings.summarySentences()).stream().map(Sentence::text).toList();
            List<float[]> summary = SentenceEmbedder.embed(summaryTexts);
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int t = 0; t < candidates.size(); t++) {
                double score = 0;
                for (float[] v : summary) {
                    score += SentenceEmbedder.cosine(titles.get(t), v);
                }
                if (score > bestScore + 1e-9) {
                    bestScore = score;
                    best = t;
                }
            }
            return candidates.get(best).title();
        }

        /**
         * Maximal marginal relevance over salience, with alignment as the
         * redundancy: deterministic, ties go to the earlier sentence.
         */
        List<Sentence> pick(List<Sentence> pool, int k) {
            List<Sentence> chosen = new ArrayList<>();
            List<Sentence> left = new ArrayList<>(pool);
            double lambda = settings.mmrLambda();
            while (chosen.size() < k && !left.isEmpty()) {
                Sentence best = null;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (Sentence s : left) {
                    double redundancy = 0;
                    for (Sentence c : chosen) {
                        redundancy = Math.max(redundancy, align[s.index()][c.index()]);
                    }
                    double score = lambda * salience[s.index()] - (1 - lambda) * redundancy;
                    if (score > bestScore + 1e-12) {
                        bestScore = score;
                        best = s;
                    }
                }
                chosen.add(best);
                left.remove(best);
            }
            return chosen;
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
                if (current == null || align[s.index()][o.index()] > align[s.index()][current.index()] + 1e-12) {
                    best.put(key, o);
                }
            }
            return new ArrayList<>(best.values());
        }

        /** Close in meaning and words, or close in meaning and the only two sentences of their articles with a date or figure. */
        boolean sameStatement(Sentence s, Sentence o) {
            double c = sim[s.index()][o.index()];
            if (align[s.index()][o.index()] >= AGREE && c >= AGREE_COSINE) {
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

        /** Months, years and figures with their unit; weekdays are left out, as most reports of one day name it. */
        private Set<String> anchorsOf(Sentence s) {
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

        double bestAlignmentInOtherSources(Sentence s) {
            double best = 0;
            String own = keys.get(s.article());
            for (Sentence o : sentences) {
                if (!keys.get(o.article()).equals(own)) {
                    best = Math.max(best, align[s.index()][o.index()]);
                }
            }
            return best;
        }

        /**
         * What a sentence adds: a bonus per name or figure (up to three) and for content words (up to
         * NEW_WORDS_FULL) that no other independent source prints and no sentence said so far has, and
         * for saying when something happened (an event rather than background). A name
         * of several words ("World War II", "North Korea") counts once, so a list of names does not
         * outweigh an event.
         */
        double addedWorth(Sentence s, List<Sentence> said) {
            String own = keys.get(s.article());
            List<String> elsewhere = new ArrayList<>();
            Set<String> elsewhereStems = new LinkedHashSet<>();
            for (int a = 0; a < articles.size(); a++) {
                if (!keys.get(a).equals(own)) {
                    elsewhere.add(texts.get(a));
                    elsewhereStems.addAll(textStems.get(a));
                }
            }
            for (Sentence c : said) {
                elsewhere.add(c.text());
                elsewhereStems.addAll(c.facts().stems());
            }
            int details = 0;
            for (String name : nameRuns(s.text())) {
                details += elsewhere.stream().anyMatch(t -> t.contains(name)) ? 0 : 1;
            }
            for (Amount amount : s.facts().amounts()) {
                details += elsewhere.stream().anyMatch(t -> t.contains(amount.span())) ? 0 : 1;
            }
            long words = s.facts().stems().stream().filter(stem -> !elsewhereStems.contains(stem)).count();
            double when = TIME.matcher(s.text()).find() ? EVENT_TIME_BONUS : 0;
            return OWN_DETAIL_BONUS * Math.min(3, details) + NEW_WORDS_BONUS * Math.min(1.0, (double) words / NEW_WORDS_FULL) + when;
        }

        /** Names in a sentence, without a possessive or a capitalised common word that starts the sentence. */
        static List<String> nameRuns(String sentence) {
            List<String> out = new ArrayList<>();
            var m = NAME_RUN.matcher(sentence);
            while (m.find()) {
                String name = m.group().replaceAll("['’]s$|[.’'-]+$", "");
                if (m.start() == 0) {
                    int space = name.indexOf(' ');
                    String first = (space < 0 ? name : name.substring(0, space)).toLowerCase(Locale.ROOT);
                    if (space < 0 || Facts.STOPWORDS.contains(first)) {
                        name = space < 0 ? "" : name.substring(space + 1);
                    }
                }
                if (name.length() > 1) {
                    out.add(name);
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
                    best.merge(key, sim[s.index()][o.index()], Math::max);
                }
            }
            return best.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
        }

        boolean conflict(Sentence a, Sentence b) {
            return !Conflicts.amounts(a.facts(), b.facts()).isEmpty() || Conflicts.quotes(a.facts(), b.facts()) != null;
        }

        /**
         * Whether an article prints every quotation, name and figure of a sentence, so that citing it is
         * fair: the verifier holds every cited source to a quotation's exact words.
         */
        boolean backs(int article, Sentence s) {
            String text = texts.get(article);
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
                if (!text.contains(amount.span()) && !Pattern.compile("\\b" + Pattern.quote(amount.value()) + "\\b").matcher(text).find()) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether an agreement may cite an article for a sentence: the article backs it, or prints every
         * quotation in it word for word, at least half its names and figures (and none spelled another
         * way), and enough of its words, so that the outlet is never cited for words it did not print.
         */
        boolean citable(int article, Sentence s) {
            if (backs(article, s)) {
                return true;
            }
            String text = texts.get(article);
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
                } else if (variantWords.contains(name)) {
                    return false;
                }
            }
            for (Amount amount : s.facts().amounts()) {
                details++;
                printed += text.contains(amount.span()) ? 1 : 0;
            }
            if (printed < MIN_CITED_DETAILS * details) {
                return false;
            }
            Set<String> stems = s.facts().stems();
            long found = stems.stream().filter(textStems.get(article)::contains).count();
            return !stems.isEmpty() && found >= MIN_CITED_WORDS * stems.size();
        }

        /** How many of the other members would not back this sentence's wording. */
        private int unbacked(Sentence candidate, List<Sentence> members) {
            int n = 0;
            for (Sentence m : members) {
                if (m != candidate && !backs(m.article(), candidate)) {
                    n++;
                }
            }
            return n;
        }

        private Sentence firstSentenceWith(int article, String span) {
            for (Sentence s : sentences) {
                if (s.article() == article && s.text().contains(span)) {
                    return s;
                }
            }
            return null;
        }

        private List<Integer> firstArticlePerKey() {
            Map<String, Integer> first = new LinkedHashMap<>();
            for (int a = 0; a < articles.size(); a++) {
                first.putIfAbsent(keys.get(a), a);
            }
            return new ArrayList<>(first.values());
        }

        private int articleIndex(String id) {
            for (int a = 0; a < articles.size(); a++) {
                if (articles.get(a).id().equals(id)) {
                    return a;
                }
            }
            return Integer.MAX_VALUE;
        }

        private List<String> ids(List<Integer> articleIndexes) {
            return articleIndexes.stream().distinct().sorted().map(a -> articles.get(a).id()).toList();
        }
    }

    /** Shared content words over the smaller sentence's count (at least {@link #MIN_OVERLAP_BASE}). */
    static double wordOverlap(Facts a, Facts b) {
        int shared = 0;
        for (String stem : a.stems()) {
            shared += b.stems().contains(stem) ? 1 : 0;
        }
        return (double) shared / Math.max(MIN_OVERLAP_BASE, Math.min(a.stems().size(), b.stems().size()));
    }

    static final String QUOTED_DIFFERENTLY = "The sources quote different words";

    /** Wire copies and one agency's story count as one source, as the verifier counts them. */
    static List<String> independentKeys(List<Article> articles) {
        IndependentSources independent = IndependentSources.among(articles);
        return articles.stream().map(a -> independent.keyOf(a.id())).toList();
    }
}
