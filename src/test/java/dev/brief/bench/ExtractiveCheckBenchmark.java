package dev.brief.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brief.Console;
import dev.brief.app.BriefingSession;
import dev.brief.app.ModelSettings;
import dev.brief.domain.Article;
import dev.brief.domain.Briefing;
import dev.brief.domain.Briefing.Difference;
import dev.brief.domain.Briefing.Item;
import dev.brief.domain.Briefing.Position;
import dev.brief.domain.Engine;
import dev.brief.domain.Event;
import dev.brief.render.JsonBriefingReader;
import dev.brief.render.JsonRenderer;
import dev.brief.verify.Verifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the extractive engine passes the checks it is verified with, on every evaluation set: the
 * whole NeuS/AllSides set (506 events of a left, a centre and a right outlet) and every ECB+ event
 * (its documents of one event cluster), each briefed as {@code brief event --engine extractive}
 * briefs it (briefing, check, the engine's own repair, check). It counts unverified claims, repeated
 * differences (one difference listed twice, "Andre / Anre" then "Anre / Andre"), and differences of
 * figures that measure different things (a figure read out of a larger one, "05" out of "2004-05";
 * figures of different units; figures of different people; and every difference read by hand as
 * such, {@link FigureDifferencesRead}), all with goal zero; and whether
 * {@code brief verify} on the briefing's JSON gives every claim the verdict the run gave it.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.brief.bench.ExtractiveCheckBenchmark \
 *     ../shared/eval/neus-allsides/allsides_headline_roundups_2021-04-22_to_2021-10-18.jsonl ../shared/eval/ecbplus/ecbplus_docs.jsonl [--examples]
 * </pre>
 * {@code -DlistDifferences=true} prints every difference with its sources and their sentences, to compare what a change to the
 * engine's rules adds and removes (diff the output of two runs).
 */
public final class ExtractiveCheckBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private int events;
    private int claims;
    private int unverified;
    private int differences;
    private int repeated;
    private int mismatched;
    private int verifyDisagrees;
    private final boolean examples;
    private final FigureDifferencesRead read = new FigureDifferencesRead();

    private ExtractiveCheckBenchmark(boolean examples) {
        this.examples = examples;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ExtractiveCheckBenchmark NEUS_JSONL ECBPLUS_JSONL [--examples]");
            System.exit(2);
        }
        boolean examples = args.length > 2;
        ModelSettings settings = ModelSettings.of(null, ModelSettings.Servers.ollama("http://127.0.0.1:9"), Engine.EXTRACTIVE, null, null,
                Duration.ofSeconds(1), true, null, null, null);
        for (String set : List.of("NeuS/AllSides", "ECB+")) {
            List<List<Article>> all = set.equals("ECB+") ? ecbPlus(Path.of(args[1])) : neus(Path.of(args[0]));
            ExtractiveCheckBenchmark bench = new ExtractiveCheckBenchmark(examples);
            long start = System.nanoTime();
            try (BriefingSession session = new BriefingSession(settings, Console.silent(), List.of())) {
                for (List<Article> articles : all) {
                    bench.run(session, articles);
                }
            }
            bench.report(set, (System.nanoTime() - start) / 1e9);
        }
    }

    private void run(BriefingSession session, List<Article> articles) {
        Event event = Event.of(articles);
        Briefing b = session.brief(event);
        events++;
        claims += b.verification().claims();
        unverified += b.verification().unverified();
        for (Item i : items(b)) {
            if (!i.verified()) {
                example("UNVERIFIED " + i.text() + " " + i.sources() + " " + i.problems());
            }
        }
        for (Difference d : b.differences()) {
            if (!d.verified()) {
                example("UNVERIFIED difference " + d.topic() + " " + d.positions() + " " + d.problems());
            }
        }
        differences += b.differences().size();
        Map<String, Difference> seen = new LinkedHashMap<>();
        for (Difference d : b.differences()) {
            if (Boolean.getBoolean("listDifferences")) {
                System.out.println("DIFFERENCE " + d.topic() + " " + d.positions().stream().map(p -> p.source()).toList());
                d.positions().forEach(p -> System.out.println("    " + p.source() + ": " + p.text()));
            }
            Difference before = seen.putIfAbsent(key(d), d);
            if (before != null) {
                repeated++;
                example("REPEATED " + before.topic() + " | " + d.topic());
            }
            String why = mismatch(d, articles);
            FigureDifferencesRead.Verdict read = d.topic().startsWith("Different figures")
                    ? this.read.count(d.topic(), d.positions().stream().map(Position::source).toList()) : null;
            // a reading outranks the detector: it flags "$1.2 trillion Senate-passed" against "$1 trillion infrastructure"
            if (read == FigureDifferencesRead.Verdict.DIFFERENT || why != null && read != FigureDifferencesRead.Verdict.SAME) {
                mismatched++;
                example("MISMATCHED " + (why != null ? why : "read as different things") + ": " + d.topic() + " " + d.positions());
            }
            if (read == FigureDifferencesRead.Verdict.UNREAD) {
                System.out.println("NOT YET READ " + d.topic() + " " + d.positions().stream().map(Position::source).toList());
                d.positions().forEach(p -> System.out.println("    " + p.source() + ": " + p.text()));
            }
        }
        // brief verify: the JSON read back and checked again against the event's articles
        Briefing read = JsonBriefingReader.read(new JsonRenderer().render(b), "run");
        Briefing again = new Verifier().check(read, articles);
        List<Boolean> run = verdicts(b);
        List<Boolean> verify = verdicts(again);
        if (!run.equals(verify)) {
            verifyDisagrees++;
            example("VERIFY DISAGREES on " + articles.get(0).title() + ": run " + run + ", verify " + verify);
        }
    }

    private static List<Item> items(Briefing b) {
        List<Item> out = new ArrayList<>(b.summary());
        out.addAll(b.agreements());
        out.addAll(b.singleSource());
        return out;
    }

    private static List<Boolean> verdicts(Briefing b) {
        List<Boolean> out = new ArrayList<>();
        items(b).forEach(i -> out.add(i.verified()));
        b.differences().forEach(d -> out.add(d.verified()));
        return out;
    }

    /** A difference by what it sets against what: its kind, and its sides in any order. */
    private static String key(Difference d) {
        String topic = d.topic();
        int colon = topic.indexOf(": ");
        String kind = colon < 0 ? topic : topic.substring(0, colon);
        TreeSet<String> sides = new TreeSet<>();
        if (colon >= 0) {
            for (String side : topic.substring(colon + 2).split(" / ")) {
                sides.add(side.strip().toLowerCase(Locale.ROOT));
            }
        } else {
            d.positions().forEach(p -> sides.add(p.source() + ":" + (p.quote() == null ? p.text() : p.quote())));
        }
        return kind + " " + sides;
    }

    /**
     * Why the figures of a "Different figures" difference measure different things, or null: a figure
     * that is part of a larger one in its sentence ("05" of "2004-05"); figures followed by different
     * nouns ("12 people" against "12 years"); or figures that follow different names, neither of which
     * the other sentence mentions ("Smith scored 20" against "Jones scored 18"). Weekdays and dates are
     * no figures of a unit, and are left to the first test.
     */
    static String mismatch(Difference d, List<Article> articles) {
        if (!d.topic().startsWith("Different figures")) {
            return null;
        }
        List<java.util.Set<String>> units = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (Position p : d.positions()) {
            if (p.quote() == null) {
                continue;
            }
            int at = p.text().indexOf(p.quote());
            if (at < 0) {
                return "the figure is not in its sentence";
            }
            int end = at + p.quote().length();
            if (joined(p.text(), at - 1, at - 2) || joined(p.text(), end, end + 1)) {
                return "\"" + p.quote() + "\" is part of a larger figure";
            }
            if (!Character.isDigit(p.quote().charAt(0))) {
                continue;
            }
            sentences.add(p.text());
            units.add(unit(p.quote(), p.text().substring(end)));
            Matcher owner = OWNER.matcher(p.text().substring(0, at));
            owners.add(owner.find() && !TIMES.contains(owner.group(1)) ? owner.group(1) : "");
        }
        for (int i = 1; i < units.size(); i++) {
            java.util.Set<String> shared = new java.util.HashSet<>(units.get(0));
            shared.retainAll(units.get(i));
            if (!units.get(0).isEmpty() && !units.get(i).isEmpty() && shared.isEmpty()) {
                return "different units " + units;
            }
        }
        if (owners.size() >= 2 && owners.stream().noneMatch(String::isEmpty) && owners.stream().distinct().count() > 1) {
            for (int i = 0; i < owners.size(); i++) {
                for (int j = 0; j < owners.size(); j++) {
                    if (i != j && sentences.get(j).contains(owners.get(i))) {
                        return null;
                    }
                }
            }
            return "figures of different names " + owners;
        }
        return null;
    }

    /** A digit, or a hyphen or slash with a digit beyond it, at i: the figure runs on into another. */
    private static boolean joined(String s, int i, int beyond) {
        if (i < 0 || i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return Character.isDigit(c) || (c == '-' || c == '/' || c == '–') && beyond >= 0 && beyond < s.length() && Character.isDigit(s.charAt(beyond));
    }

    /**
     * What a figure counts: the stems of the content words among the two right after it ("12 people",
     * "a $1.2 trillion bipartisan infrastructure bill"), past its scale and percent sign, or the last word of
     * the quoted figure when it has one. Two figures measure different things when these share nothing.
     */
    private static java.util.Set<String> unit(String quote, String after) {
        java.util.Set<String> out = new java.util.HashSet<>();
        Matcher own = Pattern.compile("(\\p{L}{3,})$").matcher(quote);
        if (own.find() && !isScale(own.group(1))) {
            out.add(stem(own.group(1)));
            return out;
        }
        Matcher w = Pattern.compile("[\\p{L}\\d]+").matcher(after);
        for (int n = 0; n < 2 && w.find(); n++) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (isScale(word)) {
                n--;
                continue;
            }
            if (word.length() >= 3 && !FUNCTION.contains(word) && !Character.isDigit(word.charAt(0))
                    && !TIMES.contains(Character.toUpperCase(word.charAt(0)) + word.substring(1))) {
                out.add(stem(word));
            }
        }
        return out;
    }

    private static boolean isScale(String word) {
        return word.toLowerCase(Locale.ROOT).matches("percent|cent|million|billion|trillion|thousand|hundred");
    }

    private static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.substring(0, Math.min(5, w.length()));
    }

    private static final java.util.Set<String> TIMES = java.util.Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December");
    /** A name within the three words before a figure, not at the start of the sentence. */
    private static final Pattern OWNER = Pattern.compile("(?<=\\S\\s)(\\p{Lu}\\p{Ll}{2,})(?:'s)?\\s+(?:\\p{Ll}+\\s+){0,2}[$€£]?$");
    private static final java.util.Set<String> FUNCTION = java.util.Set.of("this", "next", "last", "the", "and", "but", "for", "from", "with",
            "that", "than", "in", "on", "at", "of", "to", "by", "as", "or", "per", "a", "an", "was", "were", "is", "are", "had", "has", "have");

    private void example(String line) {
        if (examples) {
            System.out.println(line);
        }
    }

    private void report(String set, double seconds) {
        System.out.printf(Locale.ROOT, "extractive engine on %s: %d events, %d claims, %d unverified; %d differences: %d repeated, %d of figures that"
                + " measure different things; brief verify disagrees with the run on %d events (%.0f s)%n",
                set, events, claims, unverified, differences, repeated, mismatched, verifyDisagrees, seconds);
        System.out.println("  \"Different figures\" read by hand: " + read.summary());
    }

    // ---- the sets ----

    static List<List<Article>> neus(Path jsonl) throws IOException {
        List<List<Article>> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            List<Article> articles = LabelledArticles.neusArticles(JSON.readTree(line), false);
            if (!articles.isEmpty()) {
                out.add(articles);
            }
        }
        return out;
    }

    static List<List<Article>> ecbPlus(Path jsonl) throws IOException {
        Map<String, List<Article>> byEvent = new LinkedHashMap<>();
        for (String split : List.of("train", "dev", "test")) {
            LabelledArticles set = LabelledArticles.ecbPlus(jsonl, split);
            for (int i = 0; i < set.articles().size(); i++) {
                byEvent.computeIfAbsent(set.events().get(i), k -> new ArrayList<>()).add(set.articles().get(i));
            }
        }
        return new ArrayList<>(byEvent.values());
    }
}
