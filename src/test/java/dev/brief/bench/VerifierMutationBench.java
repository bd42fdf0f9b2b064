package dev.brief.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.Console;
import dev.brief.domain.Briefing;
import dev.brief.domain.Briefing.Difference;
import dev.brief.domain.Briefing.Item;
import dev.brief.domain.Briefing.Position;
import dev.brief.engine.llm.ModelAnswer;
import dev.brief.domain.Article;
import dev.brief.read.ArticleReader;
import dev.brief.text.SentenceSplitter;
import dev.brief.verify.Verifier;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutation benchmark of the verifier. Takes correct briefings of fixture events, injects one error
 * into one item at a time (a fabricated quote, a changed number, a swapped name, a wrong citation
 * id, an agreement with a single outlet, a second citation to an outlet that does not report the
 * statement), and reports the share of errors caught and the share of
 * correct items flagged.
 *
 * <p>Events: the seeds with their hand-written answer, and the NeuS/AllSides roundups read by path
 * (never copied). For those, the correct briefing is built from the articles' own sentences with
 * the rewordings a model makes: attribution, shortening, digits written as words and back, partial
 * quotes, other quote marks. Events with an even id are the dev split (used to tune the checks),
 * odd ids are the test split (reported).
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.brief.bench.VerifierMutationBench \
 *     ../shared/eval/neus-allsides/allsides_headline_roundups_2021-04-22_to_2021-10-18.jsonl test
 * </pre>
 * A third argument prints every missed error and every flagged correct item.
 */
public final class VerifierMutationBench {
    enum Kind { FABRICATED_QUOTE, CHANGED_NUMBER, SWAPPED_NAME, WRONG_CITATION, SINGLE_OUTLET_AGREEMENT, EXTRA_CITATION, SWAPPED_ROLES,
        DIFFERENT_FIGURE }

    /** An error injected into one claim; for a different figure, it is one outlet's article that changes. */
    record Mutant(Object claim, List<Article> articles) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WHOLE_SENTENCE = Pattern.compile("(?<!\\.\\.)[.!?][\"”’)]?$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’]?)\\s+(?=[\"“‘]?\\p{Lu})");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d+(?:[.,]\\d+)*\\b|\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\\b");
    private static final Pattern NAME_PHRASE = Pattern.compile("(?<![\\p{L}.])\\p{Lu}\\p{Ll}{2,}(?: \\p{Lu}\\p{Ll}{2,})*(?![\\p{L}])");
    private static final Set<String> JOINING = Set.of("of", "in", "for", "the", "at", "on", "to", "from", "a", "an", "by", "into", "as",
            "de", "del", "la", "le", "van", "von", "and", "or");
    private static final Pattern PLAIN_WORDS = Pattern.compile(" (?:\\p{Ll}+ ){1,4}");
    private static final Pattern DIGITS = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?![\\d])");
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}.])\\p{Lu}\\p{Ll}{2,}(?![\\p{L}])");
    private static final Set<String> NOT_NAMES = Set.of("The", "This", "That", "These", "Those", "According", "But", "And", "When",
            "While", "After", "Before", "It", "He", "She", "They", "We", "In", "On", "At", "For", "Its", "His", "Her", "Their",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
            "May", "June", "July", "August", "September", "October", "November", "December", "Mr", "Mrs", "Ms", "Sen", "Rep");
    private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};

    record Event(String name, List<Article> articles, Briefing correct) {}

    private final Random random = new Random(42);
    /** The kinds added later draw from their own sequence, so that the first six see the same errors as before. */
    private final Random laterKinds = new Random(43);
    private final Verifier verifier;
    private final Verifier.Signals signals;
    private final Map<Kind, int[]> caught = new TreeMap<>();
    private int correctItems;
    private int correctFlagged;
    private final List<String> examples = new ArrayList<>();

    VerifierMutationBench(Verifier.Signals signals) {
        this.verifier = new Verifier(signals);
        this.signals = signals;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: VerifierMutationBench NEUS_JSONL [dev|test] [--examples] (-Dsignals=words|meaning|both)");
            System.exit(2);
        }
        String split = args.length > 1 ? args[1] : "test";
        List<Event> events = new ArrayList<>();
        events.add(seeds());
        events.addAll(neus(Path.of(args[0]), split));
        Verifier.Signals signals = Verifier.Signals.valueOf(System.getProperty("signals", "both").toUpperCase(Locale.ROOT));
        VerifierMutationBench bench = new VerifierMutationBench(signals);
        List<String> namePool = namePool(events);
        List<String> quotePool = quotePool(events);
        for (int e = 0; e < events.size(); e++) {
            bench.run(events.get(e), events.get((e + 1) % events.size()), namePool, quotePool);
        }
        bench.report(events.size(), split, args.length > 2);
    }

    private void run(Event event, Event other, List<String> namePool, List<String> quotePool) {
        Briefing checked = verifier.check(event.correct(), event.articles());
        List<Object> claims = claims(checked);
        for (Object c : claims) {
            correctItems++;
            boolean ok = c instanceof Item i ? i.verified() : ((Difference) c).verified();
            if (!ok) {
                correctFlagged++;
                examples.add("FLAGGED CORRECT [" + event.name() + "] " + describe(c));
            }
        }
        for (Object c : claims(event.correct())) {
            for (Kind kind : Kind.values()) {
                Mutant mutant = switch (kind) {
                    case SWAPPED_ROLES -> swapRoles(c, event.articles());
                    case DIFFERENT_FIGURE -> event.correct().agreements().contains(c) ? differentFigure((Item) c, event) : null;
                    default -> {
                        Object m = mutate(kind, c, event, namePool, quotePool);
                        yield m == null ? null : new Mutant(m, event.articles());
                    }
                };
                if (mutant == null) {
                    continue;
                }
                Object mutated = mutant.claim();
                boolean agreement = kind == Kind.SINGLE_OUTLET_AGREEMENT || event.correct().agreements().contains(c);
                boolean flagged = flagged(mutated, agreement, event, mutant.articles());
                int[] counts = caught.computeIfAbsent(kind, k -> new int[2]);
                counts[0]++;
                counts[1] += flagged ? 1 : 0;
                if (!flagged) {
                    examples.add("MISSED " + kind + " [" + event.name() + "] " + describe(mutated));
                }
            }
        }
    }

    private boolean flagged(Object mutated, boolean agreement, Event event, List<Article> articles) {
        List<Item> none = List.of();
        Briefing b = mutated instanceof Difference d
                ? event.correct().withContent("h", none, none, List.of(d), none)
                : agreement ? event.correct().withContent("h", none, List.of((Item) mutated), List.of(), none)
                : event.correct().withContent("h", none, none, List.of(), List.of((Item) mutated));
        return verifier.check(b, articles).verification().unverified() > 0;
    }

    /**
     * Two names around a few plain words, swapped: "Rubio met Lavrov" becomes "Lavrov met Rubio". The
     * statement keeps every word, so its article still has them all; only who did what to whom changed.
     */
    private Mutant swapRoles(Object claim, List<Article> articles) {
        if (!(claim instanceof Item i)) {
            return null;
        }
        List<int[]> phrases = new ArrayList<>();
        Matcher m = NAME_PHRASE.matcher(i.text());
        while (m.find()) {
            String first = m.group().split(" ")[0];
            if (!NOT_NAMES.contains(first) && !NOT_NAMES.contains(m.group())) {
                phrases.add(new int[] {m.start(), m.end()});
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int k = 0; k + 1 < phrases.size(); k++) {
            String a = i.text().substring(phrases.get(k)[0], phrases.get(k)[1]);
            String b = i.text().substring(phrases.get(k + 1)[0], phrases.get(k + 1)[1]);
            String between = i.text().substring(phrases.get(k)[1], phrases.get(k + 1)[0]);
            // A relation ("met", "told the", "urged"): not "and", nor only the "of" inside one name ("Department of Labor").
            boolean relation = List.of(between.strip().split(" ")).stream().anyMatch(w -> !JOINING.contains(w));
            if (!a.equals(b) && PLAIN_WORDS.matcher(between).matches() && relation && !between.matches("(?i).*\\b(and|or|with|said|says)\\b.*")) {
                pairs.add(new int[] {k, k + 1});
            }
        }
        if (pairs.isEmpty()) {
            return null;
        }
        int[] pair = pairs.get(laterKinds.nextInt(pairs.size()));
        int[] a = phrases.get(pair[0]);
        int[] b = phrases.get(pair[1]);
        String t = i.text();
        String swapped = t.substring(0, a[0]) + t.substring(b[0], b[1]) + t.substring(a[1], b[0]) + t.substring(a[0], a[1]) + t.substring(b[1]);
        return new Mutant(Item.of(swapped, i.sources()), articles);
    }

    /**
     * An agreement whose second outlet reports a different figure: the agreement is unchanged, and in the
     * second outlet's article a figure of the statement becomes another number.
     */
    private Mutant differentFigure(Item agreement, Event event) {
        if (agreement.sources().size() < 2) {
            return null;
        }
        String second = agreement.sources().get(1);
        Article article = event.articles().stream().filter(a -> a.id().equals(second)).findFirst().orElse(null);
        List<String> figures = new ArrayList<>();
        Matcher m = DIGITS.matcher(agreement.text());
        while (m.find()) {
            if (article != null && Pattern.compile("(?<![\\d.,])" + Pattern.quote(m.group()) + "(?![\\d]|[.,]\\d)").matcher(article.text()).find()) {
                figures.add(m.group());
            }
        }
        if (figures.isEmpty()) {
            return null;
        }
        String figure = figures.get(laterKinds.nextInt(figures.size()));
        long value = Long.parseLong(figure.replace(",", "").replaceAll("\\..*$", ""));
        String other = Long.toString(value < 10 ? value + 1 + laterKinds.nextInt(8) : value + Math.max(1, Math.round(value * (0.1 + laterKinds.nextDouble() * 0.4))));
        Pattern at = Pattern.compile("(?<![\\d.,])" + Pattern.quote(figure) + "(?![\\d]|[.,]\\d)");
        String text = at.matcher(article.text()).replaceAll(Matcher.quoteReplacement(other));
        String title = at.matcher(article.title()).replaceAll(Matcher.quoteReplacement(other));
        List<Article> articles = new ArrayList<>();
        for (Article a : event.articles()) {
            articles.add(a != article ? a : new Article(a.id(), a.outlet(), a.agency(), title, a.author(), a.published(), a.url(), a.path(),
                    text, a.contentHash(), a.duplicateOf()));
        }
        return new Mutant(agreement, articles);
    }

    private Object mutate(Kind kind, Object claim, Event event, List<String> namePool, List<String> quotePool) {
        if (claim instanceof Difference d) {
            Position p = d.positions().get(0);
            Position changed = switch (kind) {
                case FABRICATED_QUOTE -> new Position(p.source(), p.text(), pick(quotePool, event));
                case CHANGED_NUMBER -> changeNumber(p.text()) == null ? null : new Position(p.source(), changeNumber(p.text()), p.quote());
                case SWAPPED_NAME -> swapName(p.text(), namePool, event) == null ? null : new Position(p.source(), swapName(p.text(), namePool, event), p.quote());
                case WRONG_CITATION -> new Position(d.positions().get(1).source(), p.text(), p.quote());
                case SINGLE_OUTLET_AGREEMENT, EXTRA_CITATION, SWAPPED_ROLES, DIFFERENT_FIGURE -> null;
            };
            if (changed == null) {
                return null;
            }
            List<Position> positions = new ArrayList<>(d.positions());
            positions.set(0, changed);
            return Difference.of(d.topic(), positions);
        }
        Item i = (Item) claim;
        return switch (kind) {
            case FABRICATED_QUOTE -> {
                List<String> quoted = quotedSpans(i.text());
                if (!quoted.isEmpty()) {
                    String q = quoted.get(0);
                    yield Item.of(i.text().replace(q, alterQuote(q, namePool, event)), i.sources());
                }
                yield Item.of(stripEnd(i.text()) + ", saying \"" + pick(quotePool, event) + "\".", i.sources());
            }
            case CHANGED_NUMBER -> changeNumber(i.text()) == null ? null : Item.of(changeNumber(i.text()), i.sources());
            case SWAPPED_NAME -> swapName(i.text(), namePool, event) == null ? null : Item.of(swapName(i.text(), namePool, event), i.sources());
            case WRONG_CITATION -> {
                List<String> others = event.articles().stream().map(Article::id).filter(id -> !i.sources().contains(id)).toList();
                if (others.isEmpty()) {
                    yield null;
                }
                List<String> sources = new ArrayList<>(i.sources());
                sources.set(random.nextInt(sources.size()), others.get(random.nextInt(others.size())));
                yield Item.of(i.text(), sources);
            }
            case SINGLE_OUTLET_AGREEMENT -> Item.of(i.text(), List.of(i.sources().get(random.nextInt(i.sources().size()))));
            case EXTRA_CITATION -> {
                if (i.sources().size() != 1) {
                    yield null;
                }
                List<Article> others = event.articles().stream()
                        .filter(a -> !i.sources().contains(a.id()) && bestPassageShare(i.text(), a) < 0.5).toList();
                if (others.isEmpty()) {
                    yield null;
                }
                yield Item.of(i.text(), List.of(i.sources().get(0), others.get(random.nextInt(others.size())).id()));
            }
            case SWAPPED_ROLES, DIFFERENT_FIGURE -> null;
        };
    }

    /**
     * The largest share of a statement's words (longer than three letters) in one sentence or two
     * adjacent sentences of an article: under half, the article does not report the statement.
     */
    static double bestPassageShare(String statement, Article a) {
        Set<String> words = NeusBriefing.words(statement);
        if (words.isEmpty()) {
            return 1;
        }
        List<Set<String>> sentences = new ArrayList<>();
        sentences.add(NeusBriefing.words(a.title()));
        for (String s : SENTENCE_END.split(a.text().replace("\n\n", " "))) {
            sentences.add(NeusBriefing.words(s));
        }
        long best = 0;
        for (int k = 0; k < sentences.size(); k++) {
            Set<String> two = new LinkedHashSet<>(sentences.get(k));
            if (k + 1 < sentences.size()) {
                two.addAll(sentences.get(k + 1));
            }
            best = Math.max(best, words.stream().filter(two::contains).count());
        }
        return (double) best / words.size();
    }

    private static String stripEnd(String s) {
        return s.replaceAll("[.!?\\s]+$", "");
    }

    private String changeNumber(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return null;
        }
        int[] s = spans.get(random.nextInt(spans.size()));
        String old = text.substring(s[0], s[1]);
        String replacement;
        if (Character.isDigit(old.charAt(0))) {
            String digits = old.replaceAll("[.,]", "");
            long v = Long.parseLong(digits.length() > 15 ? digits.substring(0, 15) : digits);
            long changed = v < 10 ? v + 1 + random.nextInt(8) : v + Math.max(1, Math.round(v * (0.1 + random.nextDouble() * 0.4)));
            replacement = Long.toString(changed);
        } else {
            replacement = old.equals("two") ? "three" : "two";
        }
        return text.substring(0, s[0]) + replacement + text.substring(s[1]);
    }

    private String swapName(String text, List<String> pool, Event event) {
        List<String> names = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            if (!NOT_NAMES.contains(m.group()) && m.start() > 0) {
                names.add(m.group());
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        String old = names.get(random.nextInt(names.size()));
        return text.replaceFirst("\\b" + Pattern.quote(old) + "\\b", Matcher.quoteReplacement(pick(pool, event)));
    }

    /** A quote with one of its words replaced: the model's misquote. */
    private String alterQuote(String quote, List<String> pool, Event event) {
        String[] words = quote.split(" ");
        if (words.length < 2) {
            return quote + " " + pick(pool, event).toLowerCase(Locale.ROOT);
        }
        int at = words.length / 2;
        words[at] = words[at].equalsIgnoreCase("not") ? "now" : "not " + words[at];
        return String.join(" ", words);
    }

    /** Something from another event's articles that none of this event's articles contain. */
    private String pick(List<String> pool, Event event) {
        for (int tries = 0; tries < 100; tries++) {
            String candidate = pool.get(random.nextInt(pool.size()));
            boolean present = event.articles().stream().anyMatch(a -> (a.title() + " " + a.text()).contains(candidate));
            if (!present) {
                return candidate;
            }
        }
        throw new IllegalStateException("pool too small");
    }

    private static List<String> quotedSpans(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("[\"“]([^\"“”]{3,})[\"”]").matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static List<Object> claims(Briefing b) {
        List<Object> out = new ArrayList<>();
        out.addAll(b.summary());
        out.addAll(b.agreements());
        out.addAll(b.differences());
        out.addAll(b.singleSource());
        return out;
    }

    private static String describe(Object c) {
        if (c instanceof Item i) {
            return i.text() + " " + i.sources() + (i.problems().isEmpty() ? "" : " " + i.problems());
        }
        Difference d = (Difference) c;
        return d.topic() + " " + d.positions() + (d.problems().isEmpty() ? "" : " " + d.problems());
    }

    private void report(int events, String split, boolean showExamples) {
        if (showExamples) {
            examples.forEach(System.out::println);
        }
        int total = 0;
        int found = 0;
        System.out.printf(Locale.ROOT, "verifier mutation benchmark: %d events (seeds + NeuS/AllSides %s split), signals: %s%n", events, split,
                signals.name().toLowerCase(Locale.ROOT));
        for (Map.Entry<Kind, int[]> e : caught.entrySet()) {
            int[] c = e.getValue();
            total += c[0];
            found += c[1];
            System.out.printf(Locale.ROOT, "  %-24s caught %4d of %4d  %5.1f%%%n", e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    c[1], c[0], 100.0 * c[1] / c[0]);
        }
        System.out.printf(Locale.ROOT, "errors caught:         %d of %d = %.1f%% (goal >= 95%%)%n", found, total, 100.0 * found / total);
        System.out.printf(Locale.ROOT, "correct items flagged: %d of %d = %.1f%% (goal <= 1%%)%n", correctFlagged, correctItems,
                100.0 * correctFlagged / correctItems);
    }

    // ---- events ----

    private static Event seeds() throws Exception {
        List<Article> articles = new ArticleReader(Console.silent(), new ByteArrayInputStream(new byte[0]))
                .read(List.of("seeds/rubio-lavrov-asean-2025")).articles();
        String answer;
        try (InputStream in = VerifierMutationBench.class.getResourceAsStream("/ollama/seeds-answer.json")) {
            answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ModelAnswer a = ModelAnswer.parse(answer);
        return new Event("seeds", articles, briefing(articles, a.summary(), a.agreements(), a.differences(), a.singleSource()));
    }

    private static Briefing briefing(List<Article> articles, List<Item> summary, List<Item> agreements, List<Difference> differences, List<Item> single) {
        List<dev.brief.domain.Source> sources = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            sources.add(dev.brief.domain.Source.of(articles.get(i), i + 1));
        }
        return new Briefing("h", dev.brief.domain.Engine.OLLAMA, null, null, null, sources, summary, agreements, differences, single,
                Briefing.Usage.NONE, Briefing.Verification.NONE);
    }

    private static List<Event> neus(Path jsonl, String split) throws Exception {
        List<Event> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            JsonNode e = JSON.readTree(line);
            int id = e.path("id").asInt();
            if ((id % 2 == 0) != split.equals("dev")) {
                continue;
            }
            List<Article> articles = LabelledArticles.neusArticles(e, true);
            if (articles.size() >= 2) {
                out.add(new Event("neus-" + id, articles, NeusBriefing.build(articles, new Random(id))));
            }
        }
        return out;
    }

    private static List<String> namePool(List<Event> events) {
        Set<String> out = new LinkedHashSet<>();
        for (Event e : events) {
            for (Article a : e.articles()) {
                Matcher m = NAME.matcher(a.text());
                while (m.find()) {
                    if (!NOT_NAMES.contains(m.group()) && m.start() > 0 && a.text().charAt(m.start() - 1) == ' '
                            && !".!?\"“".contains(String.valueOf(a.text().charAt(Math.max(0, m.start() - 2))))) {
                        out.add(m.group());
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static List<String> quotePool(List<Event> events) {
        List<String> out = new ArrayList<>();
        for (Event e : events) {
            for (Article a : e.articles()) {
                for (String s : SENTENCE_END.split(a.text())) {
                    String[] w = s.split("\\s+");
                    if (w.length >= 10) {
                        out.add(String.join(" ", List.of(w).subList(2, 8)));
                    }
                }
            }
        }
        return out;
    }

    /** A correct briefing of a NeuS event, made from its articles' sentences the way a model rewords them. */
    static final class NeusBriefing {
        private NeusBriefing() {}

        static Briefing build(List<Article> articles, Random random) {
            List<Item> summary = new ArrayList<>();
            List<Item> single = new ArrayList<>();
            List<Item> agreements = new ArrayList<>();
            Map<String, List<String>> sentences = new LinkedHashMap<>();
            for (Article a : articles) {
                List<String> ss = new ArrayList<>();
                // Whole sentences only: the project's splitter does not cut after "Gen." or "U.S.", and a
                // lead paragraph cut off by "..." (which the loader strips) ends in no full stop.
                for (String s : SentenceSplitter.split(a.text())) {
                    if (s.split("\\s+").length >= 8 && WHOLE_SENTENCE.matcher(s).find()) {
                        ss.add(s.strip());
                    }
                }
                sentences.put(a.id(), ss);
            }
            for (Article a : articles) {
                List<String> ss = sentences.get(a.id());
                for (int k = 0; k < Math.min(2, ss.size()); k++) {
                    Item item = Item.of(reword(ss.get(k), a, random), List.of(a.id()));
                    (k == 0 ? summary : single).add(item);
                }
            }
            // Agreements: a sentence of one outlet that another outlet's sentence largely repeats.
            for (int x = 0; x < articles.size(); x++) {
                for (int y = x + 1; y < articles.size(); y++) {
                    Article a = articles.get(x);
                    Article b = articles.get(y);
                    for (String s : sentences.get(a.id())) {
                        for (String t : sentences.get(b.id())) {
                            // A quotation is only cited to outlets that print it, so both must have its words.
                            if (overlap(s, t) >= 0.5 && quotesIn(shorter(s, t), a) && quotesIn(shorter(s, t), b)
                                    && figuresIn(shorter(s, t), a) && figuresIn(shorter(s, t), b)) {
                                agreements.add(Item.of(shorter(s, t), List.of(a.id(), b.id())));
                            }
                        }
                    }
                }
            }
            List<Difference> differences = new ArrayList<>();
            if (articles.size() >= 2) {
                List<Position> positions = new ArrayList<>();
                for (Article a : articles.subList(0, 2)) {
                    positions.add(new Position(a.id(), a.outlet() + " headlines it as follows.", a.title()));
                }
                differences.add(Difference.of("How the outlets frame the story", positions));
            }
            return briefing(articles, summary, agreements, differences, single);
        }

        /** Nor is a figure: an agreement cites outlets that print each of its numbers. */
        private static boolean figuresIn(String sentence, Article a) {
            Matcher m = DIGITS.matcher(sentence);
            while (m.find()) {
                if (!Pattern.compile("(?<![\\d.,])" + Pattern.quote(m.group()) + "(?![\\d]|[.,]\\d)").matcher(a.title() + " " + a.text()).find()) {
                    return false;
                }
            }
            return true;
        }

        private static boolean quotesIn(String sentence, Article a) {
            String text = plain(a.text());
            return quotedSpans(sentence).stream().allMatch(q -> text.contains(plain(q)));
        }

        private static String plain(String s) {
            return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        }

        private static String shorter(String s, String t) {
            return s.length() <= t.length() ? s : t;
        }

        private static double overlap(String s, String t) {
            Set<String> a = words(s);
            Set<String> b = words(t);
            Set<String> both = new LinkedHashSet<>(a);
            both.retainAll(b);
            return a.isEmpty() || b.isEmpty() ? 0 : (double) both.size() / Math.min(a.size(), b.size());
        }

        private static Set<String> words(String s) {
            Set<String> out = new LinkedHashSet<>();
            for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (w.length() > 3) {
                    out.add(w);
                }
            }
            return out;
        }

        /** The rewordings a model makes that do not change what the sentence says. */
        static String reword(String sentence, Article a, Random random) {
            String s = sentence;
            switch (random.nextInt(5)) {
                case 0 -> s = "According to " + a.outlet() + ", " + s;
                case 1 -> {
                    // keep the main clause: cut at a comma after the eighth word
                    String[] w = s.split(" ");
                    for (int i = 8; i < w.length - 2; i++) {
                        if (w[i].endsWith(",")) {
                            s = String.join(" ", List.of(w).subList(0, i + 1)).replaceAll(",$", ".");
                            break;
                        }
                    }
                }
                case 2 -> {
                    // a partial quote of the article's own words
                    String[] w = s.split(" ");
                    if (w.length > 10) {
                        String quoted = String.join(" ", List.of(w).subList(3, 8)).replaceAll("[\"“”]", "");
                        s = a.outlet() + " writes that the story is about \"" + quoted.replaceAll("[,.;:]$", "") + "\".";
                    }
                }
                case 3 -> {
                    // small numbers as words, words as digits; quotes stay as they are
                    Matcher m = Pattern.compile("(?<![\\d.,$-])([0-9])(?![\\d.,%-])").matcher(s);
                    if (s.matches("(?s).*[\"“”].*")) {
                        break;
                    }
                    if (m.find()) {
                        s = s.substring(0, m.start()) + WORDS[Integer.parseInt(m.group(1))] + s.substring(m.end());
                    } else {
                        for (int n = 2; n <= 10; n++) {
                            String word = "(?<![-\\p{L}])" + WORDS[n] + "(?![-\\p{L}])";
                            if (s.matches("(?s).*" + word + ".*")) {
                                s = s.replaceFirst(word, Integer.toString(n));
                                break;
                            }
                        }
                    }
                }
                default -> s = s.replace('“', '"').replace('”', '"').replace('’', '\'').replace('‘', '\'');
            }
            return s;
        }
    }
}
