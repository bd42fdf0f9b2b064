package dev.brief.bench;

import dev.brief.Console;
import dev.brief.domain.Article;
import dev.brief.read.ArticleReader;
import dev.brief.read.ReadResult;
import dev.brief.read.ReadSettings;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * How well {@code brief read} extracts web pages: body text and metadata against Mozilla Readability's
 * test pages ({@code readability-test-pages/}: per page a {@code source.html}, the {@code expected.html}
 * body and the {@code expected-metadata.json} that Readability.js extracts).
 *
 * <p>Body text: lower-cased {@code \w+} tokens (Unicode, as Python's {@code re} reads them), sets of
 * 4-word shingles, precision and recall per page, each averaged over the pages, and F1 of the two
 * averages. Metadata: the share of pages whose expected value brief matches, among pages that have
 * one, compared without case, punctuation or "By"; a date is compared as its calendar day. Each page is read on its own through {@link ArticleReader}, as {@code brief read FILE} reads it.
 *
 * <pre>java -cp $CP dev.brief.bench.ExtractionBenchmark ../shared/eval/readability-test-pages [--pages]</pre>
 */
public final class ExtractionBenchmark {
    /** Below this many tokens the expected body is a test fixture's stub (a list, one link), not a real article. */
    static final int REAL_ARTICLE_TOKENS = 30;
    private static final double FAILED_F1 = 0.2;
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}+");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{2,60}$");
    private static final Set<String> BYLINE_NOISE = Set.of("by", "and", "the");

    private ExtractionBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ExtractionBenchmark PATH/readability-test-pages [--pages]");
            System.exit(2);
        }
        boolean perPage = Arrays.asList(args).contains("--pages");
        List<Path> pages;
        try (Stream<Path> dirs = Files.list(Path.of(args[0]))) {
            pages = dirs.filter(d -> Files.isRegularFile(d.resolve("source.html"))).sorted().toList();
        }
        // One untimed pass warms the JIT, so the time below is reading, not class loading.
        pages.stream().limit(20).forEach(ExtractionBenchmark::read);

        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double precision = 0;
        double recall = 0;
        long nanos = 0;
        long cpuNanos = 0;
        Tally title = new Tally();
        Tally byline = new Tally();
        Tally site = new Tally();
        Tally date = new Tally();
        List<String> failed = new ArrayList<>();
        for (Path page : pages) {
            String expected = Jsoup.parse(Files.readString(page.resolve("expected.html"))).text();
            JsonNode meta = JSON.readTree(page.resolve("expected-metadata.json").toFile());
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            Article a = read(page);
            cpuNanos += threads.getCurrentThreadCpuTime() - cpuStart;
            nanos += System.nanoTime() - start;

            List<String> want = tokens(expected);
            Score s = score(tokens(a == null ? "" : a.text()), want);
            precision += s.precision;
            recall += s.recall;
            boolean real = want.size() >= REAL_ARTICLE_TOKENS;
            if (s.f1() < FAILED_F1 && real) {
                failed.add(String.format("%s (F1 %.2f, P %.2f, R %.2f, %d expected tokens)", page.getFileName(), s.f1(), s.precision, s.recall, want.size()));
            }
            boolean t = title.count(text(meta, "title"), a == null ? null : a.title(), ExtractionBenchmark::sameTitle);
            boolean b = byline.count(text(meta, "byline"), a == null ? null : a.author() != null ? a.author() : a.agency(), ExtractionBenchmark::sameByline);
            boolean o = site.count(text(meta, "siteName"), a == null ? null : a.outlet(), ExtractionBenchmark::sameSite);
            boolean d = date.count(text(meta, "publishedTime"), a == null || a.published() == null ? null : a.published().toString(), ExtractionBenchmark::sameDate);
            if (perPage) {
                System.out.printf("%-40s F1 %.3f P %.3f R %.3f  %s%s%s%s%n", page.getFileName(), s.f1(), s.precision, s.recall,
                        t ? "" : miss("title", text(meta, "title"), a == null ? null : a.title()),
                        b ? "" : miss("byline", text(meta, "byline"), a == null ? null : a.author()),
                        o ? "" : miss("site", text(meta, "siteName"), a == null ? null : a.outlet()),
                        d ? "" : miss("date", text(meta, "publishedTime"), a == null ? null : String.valueOf(a.published())));
            }
        }
        int n = pages.size();
        double p = precision / n;
        double r = recall / n;
        System.out.printf("pages: %d; body text: precision %.3f, recall %.3f, F1 %.3f (4-word shingles, averaged per page)%n", n, p, r, f1(p, r));
        System.out.printf("metadata matched: title %s, byline %s, site name %s, published date %s%n", title, byline, site, date);
        System.out.printf("reading time: %.2f s CPU, %.2f s wall for %d pages (%.1f ms CPU a page; load average %.1f)%n", cpuNanos / 1e9,
                nanos / 1e9, n, cpuNanos / 1e6 / n, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("pages under %.1f F1 with a real article expected (%d or more tokens): %d%n", FAILED_F1, REAL_ARTICLE_TOKENS, failed.size());
        failed.forEach(f -> System.out.println("  " + f));
    }

    private static String miss(String field, String expected, String got) {
        return " " + field + "[" + expected + " | " + got + "]";
    }

    /** The page as {@code brief read} gives it, or null when brief skipped it. */
    private static Article read(Path page) {
        ArticleReader reader = new ArticleReader(Console.silent(), new ByteArrayInputStream(new byte[0]), ReadSettings.defaults());
        ReadResult result = reader.read(List.of(page.resolve("source.html").toString()));
        return result.articles().isEmpty() ? null : result.articles().get(0);
    }

    record Score(double precision, double recall) {
        double f1() {
            return ExtractionBenchmark.f1(precision, recall);
        }
    }

    static Score score(List<String> got, List<String> want) {
        Set<String> g = shingles(got);
        Set<String> w = shingles(want);
        if (w.isEmpty()) {
            return g.isEmpty() ? new Score(1, 1) : new Score(0, 1);
        }
        if (g.isEmpty()) {
            return new Score(0, 0);
        }
        Set<String> both = new HashSet<>(g);
        both.retainAll(w);
        return new Score((double) both.size() / g.size(), (double) both.size() / w.size());
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** 4-word shingles; a text shorter than four tokens is one shingle. */
    static Set<String> shingles(List<String> tokens) {
        Set<String> out = new HashSet<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < 4) {
            out.add(String.join(" ", tokens));
            return out;
        }
        for (int i = 0; i + 4 <= tokens.size(); i++) {
            out.add(String.join(" ", tokens.subList(i, i + 4)));
        }
        return out;
    }

    private static String text(JsonNode meta, String field) {
        JsonNode v = meta.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    /** Case, accents' composed forms, punctuation and quotes' shapes do not count. */
    private static String normal(String s) {
        return String.join(" ", tokens(Normalizer.normalize(s, Normalizer.Form.NFKC)));
    }

    /** The same words; a title without the site name that the page appends to it (" | eHow") is the same title. */
    static boolean sameTitle(String expected, String got) {
        String e = normal(expected);
        String g = normal(got);
        if (e.equals(g)) {
            return true;
        }
        Matcher m = SITE_SUFFIX.matcher(expected.strip());
        return m.find() && normal(expected.strip().substring(0, m.start())).equals(g);
    }

    /** The same people: "By Dan Goodin" is "Dan Goodin", and "A and B" is "A, B". */
    static boolean sameByline(String expected, String got) {
        return !names(got).isEmpty() && names(expected).equals(names(got));
    }

    private static Set<String> names(String byline) {
        Set<String> out = new HashSet<>();
        Matcher m = NAME_WORD.matcher(Normalizer.normalize(byline, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!BYLINE_NOISE.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** "The Verge" is "Verge"; "Ars Technica" is "ars technica". */
    static boolean sameSite(String expected, String got) {
        return normal(expected).replaceFirst("^the ", "").equals(normal(got).replaceFirst("^the ", ""));
    }

    /** The calendar day in the offset the page gives; brief keeps only the day. */
    static boolean sameDate(String expected, String got) {
        LocalDate want;
        try {
            want = OffsetDateTime.parse(expected.strip()).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                want = LocalDate.parse(expected.strip().substring(0, Math.min(10, expected.strip().length())));
            } catch (DateTimeParseException e2) {
                return false;
            }
        }
        return want.toString().equals(got);
    }

    /** Matches among the pages whose expected value is given. */
    private static final class Tally {
        int given;
        int matched;

        boolean count(String expected, String got, java.util.function.BiPredicate<String, String> same) {
            if (expected == null) {
                return true;
            }
            given++;
            boolean ok = got != null && same.test(expected, got);
            if (ok) {
                matched++;
            }
            return ok;
        }

        @Override
        public String toString() {
            return String.format("%d/%d (%.1f%%)", matched, given, given == 0 ? 0 : 100.0 * matched / given);
        }
    }
}
