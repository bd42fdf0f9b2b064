package dev.brief.engine.extractive;

import dev.brief.domain.Article;
import dev.brief.domain.Briefing.Difference;
import dev.brief.domain.Briefing.Position;
import dev.brief.engine.extractive.Facts.Amount;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where the sources differ: the reports' own dates, a name spelled two ways, and close sentences of
 * independent outlets whose figures, dates or quotations conflict. It takes nothing already said: a
 * difference quotes the sentences that conflict even when the summary printed one of them, since the
 * difference is the pair.
 */
final class DifferenceSection {
    static final String QUOTED_DIFFERENTLY = "The sources quote different words";
    /**
     * Close enough that conflicting figures in the two sentences are about the same thing. Chosen on the
     * dev part of the figure differences read one by one (0.5 kept 42 of different things and 18 true;
     * 0.55, 15 and 14), reported on the test part (docs/benchmarks.md).
     */
    private static final double ALIGN = 0.55;
    /**
     * Key figures of sentences too unlike to align ({@link KeyFigures}) are compared only when the sentences are at
     * least this close in meaning. On the dev part, the tolls of other incidents stood at 0.26-0.32 (injuries in an
     * attack on a TV crew against those of a week of protests), the same tolls at 0.44 and above.
     */
    private static final double KEY_COSINE = 0.4;
    /** Quotations are compared between sentences at least this close (the quote words must overlap too). */
    private static final double ALIGN_QUOTES = 0.35;
    private static final int MAX_DIFFERENCES = 6;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final SentenceGraph graph;

    DifferenceSection(SentenceGraph graph) {
        this.graph = graph;
    }

    /** The differences, and as said every sentence whose words a position quotes. */
    Written<Difference> write() {
        List<Difference> out = new ArrayList<>();
        reportDates().ifPresent(out::add);
        out.addAll(nameSpellings());
        out.addAll(alignedConflicts());
        out = onceEach(out);
        List<Difference> kept = out.size() > MAX_DIFFERENCES ? out.subList(0, MAX_DIFFERENCES) : out;
        List<Sentence> said = new ArrayList<>();
        for (Difference d : kept) {
            for (Position p : d.positions()) {
                graph.sentences().stream().filter(x -> x.text().equals(p.text())).forEach(said::add);
            }
        }
        return new Written<>(kept, Said.of(said));
    }

    /**
     * Each difference once: two pairs of sentences with the same values ("Friday / Tuesday", or the same
     * spellings either way round) are one difference, with the positions of the outlets the first lacks.
     */
    private List<Difference> onceEach(List<Difference> all) {
        Map<String, Integer> at = new LinkedHashMap<>();
        List<Difference> out = new ArrayList<>();
        for (Difference d : all) {
            Integer first = at.putIfAbsent(sides(d), out.size());
            if (first == null) {
                out.add(d);
                continue;
            }
            Difference kept = out.get(first);
            List<Position> positions = new ArrayList<>(kept.positions());
            for (Position p : d.positions()) {
                if (positions.stream().noneMatch(k -> graph.source(articleIndex(k.source())).equals(graph.source(articleIndex(p.source()))))) {
                    positions.add(p);
                }
            }
            positions.sort(Comparator.comparingInt(p -> articleIndex(p.source())));
            out.set(first, Difference.of(kept.topic(), positions));
        }
        return out;
    }

    /** A difference by what it sets against what: its kind and its values, in any order and case. */
    private static String sides(Difference d) {
        int colon = d.topic().indexOf(": ");
        if (colon < 0) {
            return d.topic() + " " + d.positions();
        }
        Set<String> values = new java.util.TreeSet<>();
        for (String v : d.topic().substring(colon + 2).split(" / ")) {
            values.add(v.strip().toLowerCase(Locale.ROOT).replaceAll("(?:['’]s?)+$", ""));
        }
        return d.topic().substring(0, colon) + " " + values;
    }

    /** The sources' own dates, when they differ: datelines and date lines disagree. */
    private Optional<Difference> reportDates() {
        Set<LocalDate> dates = new LinkedHashSet<>();
        graph.articles().forEach(a -> {
            if (a.published() != null) {
                dates.add(a.published());
            }
        });
        if (dates.size() < 2) {
            return Optional.empty();
        }
        List<Position> positions = new ArrayList<>();
        for (Article a : graph.articles()) {
            if (a.published() != null) {
                positions.add(new Position(a.id(), "dated " + DAY.format(a.published()), null));
            }
        }
        List<String> shown = dates.stream().sorted().map(DAY::format).toList();
        return Optional.of(Difference.of("Date of the reports: " + String.join(" / ", shown), positions));
    }

    /** One name spelled two ways, each spelling quoted from the sentence that uses it. */
    private List<Difference> nameSpellings() {
        List<Integer> firstOfSource = graph.firstArticlePerSource();
        List<Difference> out = new ArrayList<>();
        for (Conflicts.NameVariant v : graph.nameVariants()) {
            List<Position> positions = new ArrayList<>();
            for (String span : List.of(v.firstSpan(), v.secondSpan())) {
                for (int a : firstOfSource) {
                    Sentence s = firstSentenceWith(a, span);
                    if (s != null) {
                        positions.add(new Position(graph.articles().get(a).id(), s.text(), span));
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
    private List<Difference> alignedConflicts() {
        List<Difference> out = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        List<FigureConflict> figures = new ArrayList<>();
        for (Sentence a : graph.sentences()) {
            for (Sentence b : graph.sentences()) {
                if (b.index() <= a.index() || graph.source(a.article()).equals(graph.source(b.article()))) {
                    continue;
                }
                if (graph.alignment(a, b) >= ALIGN && a.facts().numbers() < FigureRules.DENSE && b.facts().numbers() < FigureRules.DENSE) {
                    for (Amount[] pair : Conflicts.amounts(a.facts(), b.facts())) {
                        // Two dates in close sentences are mostly the dates of two happenings (the attack and
                        // the arraignment, the vote and its announcement): 36 of 50 read on the dev part were.
                        if (!Conflicts.isDate(pair[0].unit()) && !FigureRules.ofDifferentNames(a, pair[0], b, pair[1])
                                && !FigureRules.opens(a, pair[0]) && !FigureRules.opens(b, pair[1]) && !FigureRules.farApart(pair[0], pair[1])) {
                            addFigureConflict(out, figures, a, pair[0], b, pair[1]);
                        }
                    }
                }
                if (graph.similarity(a, b) >= ALIGN_QUOTES) {
                    String[] quotes = Conflicts.quotes(a.facts(), b.facts());
                    if (quotes != null) {
                        addQuoteConflict(out, reported, a, quotes[0], b, quotes[1]);
                    }
                }
            }
        }
        keyFigureConflicts(out, figures);
        for (FigureConflict f : figures) {
            if (FigureRules.severalFigures(f.amounts())) {
                out.set(f.at(), null);
            }
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    /**
     * The event's key figures ({@link KeyFigures}) in sentences too unlike to align. The two sentences must still tell
     * of one kind of happening, and their values stay close even as lower bounds: "at least 70 hurt in the protests"
     * and "injuring at least two" in an attack on a TV crew are two tolls. A figure already in a difference of aligned
     * sentences is told there: joining outlets to it by kind alone would add other reports' values (2, 3 and 5
     * injured make three figures, and none would be shown).
     */
    private void keyFigureConflicts(List<Difference> out, List<FigureConflict> figures) {
        for (KeyFigures.Figure[] pair : KeyFigures.conflicts(graph)) {
            Sentence a = pair[0].sentence();
            Sentence b = pair[1].sentence();
            Amount x = pair[0].amount();
            Amount y = pair[1].amount();
            // A score or a vote is told by its verb ("split 6-3"), whatever else its sentence counts.
            boolean plain = x.unit().equals(KeyFigures.TALLY)
                    || a.facts().numbers() < FigureRules.DENSE && b.facts().numbers() < FigureRules.DENSE;
            if (graph.similarity(a, b) >= KEY_COSINE && plain && !FigureRules.ofDifferentNames(a, x, b, y) && !FigureRules.opens(a, x)
                    && !FigureRules.opens(b, y) && !FigureRules.farApart(x, y, false) && addsNoValue(figures, a, x, b, y)) {
                addFigureConflict(out, figures, a, x, b, y);
            }
        }
    }

    /**
     * Whether a pair of key figures can be told without adding a value to a difference of aligned sentences: neither
     * outlet's figure is in one yet, or both values already are, and the pair only adds an outlet that agrees with one
     * side. A value added by kind alone may be another report's (2, 3 and 5 injured make three figures, none shown).
     */
    private boolean addsNoValue(List<FigureConflict> figures, Sentence a, Amount x, Sentence b, Amount y) {
        FigureConflict holder = holding(figures, a, x);
        if (holder == null) {
            holder = holding(figures, b, y);
        }
        return holder == null || holder.amounts().stream().anyMatch(x::sameValue) && holder.amounts().stream().anyMatch(y::sameValue);
    }

    /** The difference that already holds an outlet's figure of this kind, or null. */
    private FigureConflict holding(List<FigureConflict> figures, Sentence s, Amount x) {
        for (FigureConflict f : figures) {
            for (int i = 0; i < f.articles().size(); i++) {
                if (graph.source(f.articles().get(i)).equals(graph.source(s.article())) && Conflicts.comparable(f.amounts().get(i), x)) {
                    return f;
                }
            }
        }
        return null;
    }

    private Sentence firstSentenceWith(int article, String span) {
        for (Sentence s : graph.sentences()) {
            if (s.article() == article && s.text().contains(span)) {
                return s;
            }
        }
        return null;
    }

    /** An article's place in the event, by id, so that positions stand in the order of the sources. */
    private int articleIndex(String id) {
        for (int a = 0; a < graph.articles().size(); a++) {
            if (graph.articles().get(a).id().equals(id)) {
                return a;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The figures of one difference, one per independent outlet, and where the difference stands in the list. */
    private record FigureConflict(int at, List<Amount> amounts, List<Integer> articles, List<Position> positions) {}

    /**
     * One difference per figure: a pair whose figure, in either outlet, measures the same thing as
     * one already reported for that outlet, and is not far from it, joins that difference (AP's 14 dead against Reuters' 12
     * and BBC's 13 is one difference of three positions), adding only outlets it does not have.
     */
    private void addFigureConflict(List<Difference> out, List<FigureConflict> figures, Sentence a, Amount x, Sentence b, Amount y) {
        FigureConflict joined = null;
        for (FigureConflict f : figures) {
            for (int i = 0; i < f.articles().size() && joined == null; i++) {
                String source = graph.source(f.articles().get(i));
                Amount held = f.amounts().get(i);
                if (source.equals(graph.source(a.article())) && Conflicts.comparable(held, x) && !FigureRules.farApart(held, x)
                        || source.equals(graph.source(b.article())) && Conflicts.comparable(held, y) && !FigureRules.farApart(held, y)) {
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
        FigureConflict conflict = joined;
        List<String> shown = FigureRules.distinctValues(conflict.amounts()).stream()
                .map(v -> conflict.positions().get(conflict.amounts().indexOf(v)).quote()).toList();
        List<Position> positions = new ArrayList<>(joined.positions());
        positions.sort(Comparator.comparingInt(p -> articleIndex(p.source())));
        out.set(joined.at(), Difference.of("Different figures: " + String.join(" / ", shown), positions));
    }

    private void addPosition(FigureConflict f, Sentence s, Amount amount) {
        if (f.articles().stream().noneMatch(k -> graph.source(k).equals(graph.source(s.article())))) {
            f.articles().add(s.article());
            f.amounts().add(amount);
            f.positions().add(new Position(graph.articles().get(s.article()).id(), s.text(), FigureRules.asWritten(s.text(), amount.span())));
        }
    }

    /**
     * One remark quoted in other words: a pair that shares a position with a difference joins it when its
     * other quote is another wording of every quote already there, so that two remarks that each share
     * words with a third are not chained into one difference.
     */
    private void addQuoteConflict(List<Difference> out, Set<String> reported, Sentence a, String qa, Sentence b, String qb) {
        Position pa = new Position(graph.articles().get(a.article()).id(), a.text(), qa);
        Position pb = new Position(graph.articles().get(b.article()).id(), b.text(), qb);
        for (int i = 0; i < out.size(); i++) {
            Difference d = out.get(i);
            if (!d.topic().equals(QUOTED_DIFFERENTLY)) {
                continue;
            }
            boolean hasA = d.positions().contains(pa);
            boolean hasB = d.positions().contains(pb);
            String joining = hasA ? qb : qa;
            if ((hasA || hasB) && d.positions().stream().allMatch(p -> p.quote().equals(joining) || Conflicts.differentWording(joining, p.quote()))) {
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
}
