package dev.brief.engine.extractive;

import dev.brief.domain.Briefing.Item;
import dev.brief.engine.extractive.ExtractiveBriefer.Settings;
import dev.brief.engine.extractive.Facts.Amount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reported by one source only: salient sentences that no other outlet reports and that say nothing
 * already said, preferring ones with names, figures and words that neither another outlet nor the
 * briefing so far has: a detail is worth reporting for what it adds.
 */
final class SingleSourceSection {
    /** A sentence no other outlet aligns with this well is a single-source detail. */
    private static final double SINGLE = 0.4;
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
    private static final int MAX_SINGLE = 6;
    private static final int MAX_SINGLE_PER_OUTLET = 3;
    /** With one source everything is single-source: its details after the summary. */
    private static final int MAX_SINGLE_ONE_SOURCE = 5;

    private final SentenceGraph graph;
    private final Settings settings;

    SingleSourceSection(SentenceGraph graph, Settings settings) {
        this.graph = graph;
        this.settings = settings;
    }

    /** Up to MAX_SINGLE details, none of them said before and none close to what was. */
    Written<Item> write(Said before) {
        boolean several = graph.sourceCount() > 1;
        List<Sentence> left = new ArrayList<>();
        for (Sentence s : graph.sentences()) {
            if (before.has(s)) {
                continue;
            }
            if (several && graph.bestAlignmentInOtherSources(s) >= SINGLE || speakerUnnamed(s.text())) {
                continue;
            }
            left.add(s);
        }
        long outlets = graph.sourceCount();
        // Each outlet gets its share of the list, so that one long article does not fill it.
        long share = several ? Math.min(MAX_SINGLE_PER_OUTLET, (MAX_SINGLE + outlets - 1) / outlets) : MAX_SINGLE_ONE_SOURCE;
        List<Sentence> said = new ArrayList<>(before.sentences().stream().map(graph::sentence).toList());
        List<Sentence> chosen = new ArrayList<>();
        Map<String, Integer> perOutlet = new LinkedHashMap<>();
        double lambda = settings.mmrLambda();
        while (chosen.size() < MAX_SINGLE && !left.isEmpty()) {
            Sentence best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Sentence s : left) {
                if (perOutlet.getOrDefault(graph.source(s.article()), 0) >= share) {
                    continue;
                }
                double redundancy = 0;
                for (Sentence c : said) {
                    redundancy = Math.max(redundancy, graph.alignment(s, c));
                }
                // How well other outlets echo a sentence says nothing of a detail only one of them reports.
                double relevance = several ? graph.salience(s) - settings.supportWeight() * graph.support(s) + addedWorth(s, said)
                        : graph.salience(s);
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
            perOutlet.merge(graph.source(best.article()), 1, Integer::sum);
        }
        List<Item> out = new ArrayList<>();
        for (Sentence s : chosen) {
            out.add(Item.of(s.text(), List.of(graph.articles().get(s.article()).id())));
        }
        return new Written<>(out, Said.of(chosen));
    }

    /**
     * What a sentence adds: a bonus per name or figure (up to three) and for content words (up to
     * NEW_WORDS_FULL) that no other independent source prints and no sentence said so far has, and
     * for saying when something happened (an event rather than background). A name
     * of several words ("World War II", "North Korea") counts once, so a list of names does not
     * outweigh an event.
     */
    private double addedWorth(Sentence s, List<Sentence> said) {
        String own = graph.source(s.article());
        List<String> elsewhere = new ArrayList<>();
        Set<String> elsewhereStems = new LinkedHashSet<>();
        for (int a = 0; a < graph.articles().size(); a++) {
            if (!graph.source(a).equals(own)) {
                elsewhere.add(graph.text(a));
                elsewhereStems.addAll(graph.textStems(a));
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

    /** A quotation attributed to a pronoun: '"This is the worst flood in fifty years," she told reporters.' */
    private static final Pattern PRONOUN_SPEAKER = Pattern.compile(
            "^\\s*[\"“‘'].*[\"”’'],?\\s+(?:she|he|they)\\s+(?:said|says|say|told|added|adds|recalled|warned)\\b[^\"“”]*$", Pattern.CASE_INSENSITIVE);

    /** Quoted on its own, such a sentence does not say who spoke: the reader of a detail has nothing before it. */
    static boolean speakerUnnamed(String sentence) {
        return PRONOUN_SPEAKER.matcher(sentence).matches();
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
}
