package dev.brief.verify;

import dev.brief.brief.Briefing;
import dev.brief.brief.Briefing.Difference;
import dev.brief.brief.Briefing.Item;
import dev.brief.brief.Briefing.Verification;
import dev.brief.read.Article;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deterministic checks of a briefing against its articles. Each item comes back marked verified, or
 * unverified with its problems; nothing is dropped.
 */
public final class Verifier {

    public Briefing check(Briefing briefing, List<Article> articles) {
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Article a : articles) {
            byId.put(a.id(), a);
        }
        CitationCheck citations = new CitationCheck(byId);
        List<Item> summary = briefing.summary().stream().map(i -> i.withCheck(citations.item(i, false))).toList();
        List<Item> agreements = briefing.agreements().stream().map(i -> i.withCheck(citations.item(i, true))).toList();
        List<Difference> differences = briefing.differences().stream().map(d -> d.withCheck(citations.difference(d))).toList();
        List<Item> single = briefing.singleSource().stream().map(i -> i.withCheck(citations.item(i, false))).toList();
        Briefing checked = briefing.withContent(briefing.headline(), summary, agreements, differences, single);
        return checked.withVerification(counts(checked, 0));
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
