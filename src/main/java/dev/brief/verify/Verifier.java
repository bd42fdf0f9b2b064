package dev.brief.verify;

import dev.brief.domain.Briefing;
import dev.brief.domain.Briefing.Difference;
import dev.brief.domain.Briefing.Item;
import dev.brief.domain.Briefing.Position;
import dev.brief.domain.Briefing.Verification;
import dev.brief.domain.Article;
import dev.brief.domain.Problem;
import dev.brief.text.Normal;
import dev.brief.text.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Deterministic checks of a briefing against its articles: citations (CitationCheck) and what the
 * cited articles say (ContentCheck). Each item comes back marked verified, or unverified with its
 * problems; nothing is dropped. Every engine's briefing goes through it.
 */
public final class Verifier {
    /**
     * What tells whether a cited source says a statement by itself: its words in one passage, closeness
     * in meaning, or both (what every run uses; the others are for measuring what each signal adds).
     */
    public enum Signals { WORDS, MEANING, BOTH }

    private final SourceSupport support;
    /** The optional model check (--check-with), or null. */
    private final ModelCheck modelCheck;

    public Verifier() {
        this(Signals.BOTH);
    }

    public Verifier(Signals signals) {
        this(signals, null);
    }

    /** @param modelCheck the model to ask about each disputed or uncertain statement, or null */
    public Verifier(Signals signals, ModelCheck modelCheck) {
        this.support = new SourceSupport(new Meaning(), signals);
        this.modelCheck = modelCheck;
    }

    public Briefing check(Briefing briefing, List<Article> articles) {
        Map<String, Article> byId = new LinkedHashMap<>();
        Map<String, SourceText> texts = new LinkedHashMap<>();
        for (Article a : articles) {
            byId.put(a.id(), a);
            texts.put(a.id(), new SourceText(a));
        }
        CitationCheck citations = new CitationCheck(byId);
        EventWords words = new EventWords(articles);
        List<Item> summary = briefing.summary().stream().map(i -> i.withCheck(item(i, citations.item(i, false), texts, words))).toList();
        List<Item> agreements = briefing.agreements().stream().map(i -> i.withCheck(item(i, citations.item(i, true), texts, words))).toList();
        List<Difference> differences = briefing.differences().stream()
                .map(d -> d.withCheck(difference(d, citations.difference(d), texts, words))).toList();
        List<Item> single = briefing.singleSource().stream().map(i -> i.withCheck(item(i, citations.item(i, false), texts, words))).toList();
        Briefing checked = briefing.withContent(briefing.headline(), summary, agreements, differences, single);
        return checked.withVerification(counts(checked, 0));
    }

    private List<Problem> item(Item item, List<Problem> citationProblems, Map<String, SourceText> texts, EventWords words) {
        List<Problem> problems = new ArrayList<>(citationProblems);
        List<SourceText> cited = cited(item.sources(), texts);
        problems.addAll(ContentCheck.check(item.text(), null, cited, texts.values(), words, support));
        problems.addAll(askModel(item.text(), cited, problems));
        return problems;
    }

    /** Each position is checked against the one source it speaks for. */
    private List<Problem> difference(Difference d, List<Problem> citationProblems, Map<String, SourceText> texts, EventWords words) {
        List<Problem> problems = new ArrayList<>(citationProblems);
        for (Position p : d.positions()) {
            List<SourceText> cited = cited(List.of(p.source()), texts);
            List<Problem> found = ContentCheck.check(p.text(), p.quote(), cited, texts.values(), words, support);
            List<Problem> all = new ArrayList<>(found);
            all.addAll(askModel(p.text(), cited, found));
            for (Problem problem : all) {
                problems.add(problem.atPosition(p.source()));
            }
        }
        return problems;
    }

    private List<Problem> askModel(String text, List<SourceText> cited, List<Problem> found) {
        if (modelCheck == null) {
            return List.of();
        }
        return modelCheck.check(text, Words.contentStems(Normal.text(text)), cited, found);
    }

    private static List<SourceText> cited(List<String> ids, Map<String, SourceText> texts) {
        return ids.stream().distinct().map(texts::get).filter(Objects::nonNull).toList();
    }

    /**
     * Verification of a briefing after a repair: repaired is how many of the first check's failures
     * the repair removed.
     */
    public Briefing checkAfterRepair(Briefing repaired, Briefing before, List<Article> articles) {
        Briefing checked = check(repaired, articles);
        int fixed = Math.max(0, before.verification().unverified() - checked.verification().unverified());
        return checked.withVerification(counts(checked, fixed));
    }

    public static Verification counts(Briefing b, int repaired) {
        int claims = 0;
        int verified = 0;
        for (List<Item> items : List.of(b.summary(), b.agreements(), b.singleSource())) {
            for (Item i : items) {
                claims++;
                verified += i.verified() ? 1 : 0;
            }
        }
        for (Difference d : b.differences()) {
            claims++;
            verified += d.verified() ? 1 : 0;
        }
        return new Verification(claims, verified, claims - verified, repaired);
    }
}
