package dev.brief.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROUGE-N and ROUGE-L F1 (Lin 2004) between a candidate and one reference, written out so the
 * benchmark needs no Python. Tokens are lower-cased runs of letters and digits; no stemming and no
 * stopword removal, so figures run a little below those of the rouge-score package with its
 * stemmer on. ROUGE-L is summary-level LCS over the whole texts taken as one sequence each.
 */
final class Rouge {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Precision, recall and F1 of one comparison. */
    record Score(double precision, double recall, double f1) {
        static Score of(double overlap, int candidateCount, int referenceCount) {
            double p = candidateCount == 0 ? 0 : overlap / candidateCount;
            double r = referenceCount == 0 ? 0 : overlap / referenceCount;
            return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    private Rouge() {}

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Clipped n-gram overlap: an n-gram counts as often as it occurs in both, at most. */
    static Score n(String candidate, String reference, int n) {
        Map<String, Integer> c = ngrams(tokens(candidate), n);
        Map<String, Integer> r = ngrams(tokens(reference), n);
        int overlap = 0;
        for (var e : c.entrySet()) {
            overlap += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
        }
        return Score.of(overlap, total(c), total(r));
    }

    /** Longest common subsequence of the token sequences. */
    static Score l(String candidate, String reference) {
        List<String> c = tokens(candidate);
        List<String> r = tokens(reference);
        int[] prev = new int[r.size() + 1];
        int[] cur = new int[r.size() + 1];
        for (int i = 1; i <= c.size(); i++) {
            for (int j = 1; j <= r.size(); j++) {
                cur[j] = c.get(i - 1).equals(r.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return Score.of(prev[r.size()], c.size(), r.size());
    }

    private static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            out.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return out;
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
