package dev.brief.read;

import dev.brief.domain.Article;
import dev.brief.text.Words;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Exact duplicates (the same normalised text) are merged into one article. Near-duplicates and wire
 * copies (one agency story printed by several outlets, lightly edited) are linked: each copy's
 * {@link Article#duplicateOf()} names the earliest-dated one, so later stages count them once.
 *
 * <p>Two articles are copies when at least {@link #CONTAINMENT} of the shorter one's word 5-grams
 * (shingles) occur in the other, and at least {@link #MIN_SHARED} are shared. Shingles found in very
 * many articles (site boilerplate) are ignored, which also keeps a thousand articles fast.
 */
final class DuplicateDetector {
    static final int SHINGLE_WORDS = 5;
    static final double CONTAINMENT = 0.5;
    static final int MIN_SHARED = 8;
    private static final int COMMON_SHINGLE = 50;

    private DuplicateDetector() {}

    /** Keeps the first of each group of exact duplicates, with the gaps in its metadata filled from the others. */
    static List<Article> mergeExact(List<Article> articles, Intake intake) {
        Map<String, Article> byHash = new LinkedHashMap<>();
        for (Article a : articles) {
            Article first = byHash.get(a.contentHash());
            if (first == null) {
                byHash.put(a.contentHash(), a);
            } else {
                byHash.put(a.contentHash(), fillGaps(first, a));
                // the same page read twice (given directly and as a feed item) is no duplicate worth a notice
                if (!name(a).equals(name(first))) {
                    intake.duplicate(name(a), name(first));
                }
            }
        }
        return new ArrayList<>(byHash.values());
    }

    private static Article fillGaps(Article a, Article b) {
        return new Article(a.id() != null ? a.id() : b.id(), or(a.outlet(), b.outlet()), or(a.agency(), b.agency()),
                or(a.title(), b.title()), or(a.author(), b.author()), a.published() != null ? a.published() : b.published(),
                or(a.url(), b.url()), or(a.path(), b.path()), a.text(), a.contentHash(), a.duplicateOf(),
                a.headlineOnly() && b.headlineOnly());
    }

    /** Files by their path, the rest by URL: how the user named the input. */
    private static String name(Article a) {
        return a.path() != null ? a.path() : a.where();
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }

    /** Links near-duplicates; the articles must have their ids. Order is kept. */
    static List<Article> linkNear(List<Article> articles) {
        int n = articles.size();
        long[][] shingles = new long[n][];
        IntStream.range(0, n).parallel().forEach(i -> shingles[i] = shingles(articles.get(i).text()));
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<Long, int[]> postings = new HashMap<>();
        Map<Integer, Integer> shared = new HashMap<>();
        for (int i = 0; i < n; i++) {
            shared.clear();
            for (long s : shingles[i]) {
                int[] list = postings.get(s);
                if (list == null) {
                    postings.put(s, new int[] {1, i, 0, 0});
                    continue;
                }
                int size = list[0];
                if (size <= COMMON_SHINGLE) {
                    for (int k = 1; k <= size; k++) {
                        shared.merge(list[k], 1, Integer::sum);
                    }
                }
                if (size + 1 >= list.length) {
                    list = Arrays.copyOf(list, list.length * 2);
                    postings.put(s, list);
                }
                list[size + 1] = i;
                list[0] = size + 1;
            }
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                int j = e.getKey();
                int common = e.getValue();
                int smaller = Math.min(shingles[i].length, shingles[j].length);
                if (common >= MIN_SHARED && common >= CONTAINMENT * smaller) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        Article[] out = articles.toArray(new Article[0]);
        Comparator<Integer> earliest = Comparator.comparing((Integer i) -> articles.get(i).published(),
                Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(i -> i);
        for (List<Integer> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            int original = group.stream().min(earliest).orElseThrow();
            for (int i : group) {
                if (i != original) {
                    out[i] = out[i].withDuplicateOf(articles.get(original).id());
                }
            }
        }
        return Arrays.asList(out);
    }

    /**
     * Distinct hashes of each run of five words. The words are {@link Words#each}'s; each is hashed on its
     * letters and digits only, lower-cased ("U.S." and "us" are one word), and one without any ("—") is
     * left out. Hashed in place rather than through Words.of's normalised strings: this runs over every
     * article of a day, and a copy differs from its original in punctuation and case, not in accents.
     */
    static long[] shingles(String text) {
        long[] words = new long[text.length() / 2 + 1];
        int[] found = {0};
        Words.each(text, (start, end) -> {
            long h = 0;
            boolean any = false;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    h = 31 * h + Character.toLowerCase(c);
                    any = true;
                }
            }
            if (any) {
                words[found[0]++] = h;
            }
        });
        int n = found[0];
        int count = Math.max(0, n - SHINGLE_WORDS + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long s = 1125899906842597L;
            for (int k = 0; k < SHINGLE_WORDS; k++) {
                s = (s ^ words[i + k]) * 0x9E3779B97F4A7C15L;
                s ^= s >>> 29;
            }
            out[i] = s;
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
