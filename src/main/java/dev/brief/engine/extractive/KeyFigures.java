package dev.brief.engine.extractive;

import dev.brief.engine.extractive.Facts.Amount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures an event is told by, as each outlet gives them, compared even when the sentences are too
 * unlike to align: its tolls ("Twelve people were killed when the river burst its banks" against "The
 * death toll has risen to 15") and its score or vote ("beat Kestrel City 3-2 on Friday" against "beat
 * Kestrel City 3-1 on Friday night to reach the final for the first time since 1998"). A toll is a count
 * of people with one role (dead, injured, missing, evacuated, arrested). Each independent outlet's figure
 * of a kind is compared only when the outlet gives one value for it: an outlet that gives two (today's
 * five dead and the 2004 tsunami's 168,000, two matches' scores) says nothing certain about which is the
 * event's.
 */
final class KeyFigures {
    /** Units that count people, as stems: "12 people", "3,000 residents", "15 civilians". A toll without its unit counts people too. */
    private static final Set<String> PEOPLE = Set.of("peopl", "perso", "resid", "civil", "victi");

    /**
     * A death toll given without its unit: "the death toll has risen to 15", "the toll stood at 12." It
     * counts people who died, as "15 people were killed" does.
     */
    private static final Pattern TOLL = Pattern.compile("(?i)\\bdeath\\s+toll\\b[^.;:]{0,60}?\\b"
            + "(?:risen|rose|climbed|jumped|reached|stands?|stood|is|was|of)\\s+(?:to\\s+|at\\s+)?(?:at\\s+least\\s+|more\\s+than\\s+)?"
            + "[*_]{0,2}(\\d+(?:,\\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b[*_]{0,2}"
            + "(?!\\d|\\.\\d|\\s*(?:%|percent\\b|per\\s+cent|million|billion|thousand|hundred)|[\\s-]+\\p{L}{3,})");
    /** The unit of a score or a vote's split. */
    static final String TALLY = "tally";
    /**
     * Before two numbers, what makes them no score: a win-loss record ("took his record to 52-3", "improved
     * to 10-2") is a career's, and "aged 18-64", "between 5-10" are ranges.
     */
    private static final Pattern NOT_A_SCORE = Pattern.compile(
            "(?i)\\b(?:record|improv(?:ed|es|ing)\\s+to|mov(?:ed|es)\\s+to|aged?|ages|between|from)\\b");
    /**
     * A score or a vote's split: "beat Kestrel City 3-2", "the committee split 6-3", "a 5-4 ruling", one
     * figure of two numbers (it counts once in {@link Facts#numbers}). Not a range ("ages 18-64", "the 2004-05
     * season"), a date, a time or a win-loss record ("a 38-44 mark"): it stands right after a verb of
     * winning, losing or voting, or right before such a noun. Its value is the larger count first, as
     * "won 3-2" and "lost 2-3" are one score.
     */
    private static final Pattern SCORE = Pattern.compile("(?<![\\d.,:/–-])(\\d{1,3})\\s?[-–]\\s?(\\d{1,3})"
            + "(?!\\d|[.,:/]\\d|[–-]\\d|\\s?(?:%|percent|per\\s+cent|years?\\b|months?\\b|days?\\b|weeks?\\b|hours?\\b))");
    /** A score right after its verb and the side it was won against: "beat Kestrel City 3-2", "voted 7-2", "split 6-3". */
    private static final Pattern SCORE_AFTER = Pattern.compile("(?i)\\b(?:beat|beats|defeated|defeats|won|wins|lost|loses|drew|draws|edged|thrashed"
            + "|routed|voted|votes|split|ruled|passed|approved|rejected|backed)\\s+(?:\\p{L}[\\p{L}.'’-]*\\s+){0,4}(?:by\\s+)?$");
    /** A score before what it was: "a 3-2 win", "a 5-4 ruling". */
    private static final Pattern SCORE_BEFORE = Pattern.compile(
            "(?i)\\s+(?:home\\s+|away\\s+)?(?:win|victory|defeat|loss|draw|vote|ruling|decision|verdict)\\b");

    /** The tolls without their unit and the scores or vote splits of a sentence, as figures: {@link Facts} reads the rest. */
    static List<Amount> read(String sentence) {
        List<Amount> out = new ArrayList<>();
        Matcher m = SCORE.matcher(sentence);
        while (m.find()) {
            if ((SCORE_AFTER.matcher(sentence.substring(Math.max(0, m.start() - 50), m.start())).find()
                    || SCORE_BEFORE.matcher(sentence.substring(m.end())).lookingAt())
                    && !NOT_A_SCORE.matcher(sentence.substring(Math.max(0, m.start() - 25), m.start())).find()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                out.add(new Amount(Math.max(a, b) + "-" + Math.min(a, b), TALLY, m.group(), Facts.context(sentence, m.start(), m.end(), TALLY),
                        false, Facts.Bound.EXACT, Frame.of(sentence, m.start(), m.end())));
            }
        }
        m = TOLL.matcher(sentence);
        while (m.find()) {
            String raw = m.group(1).toLowerCase(Locale.ROOT);
            out.add(new Amount(Facts.NUMBER_WORDS.getOrDefault(raw, raw.replace(",", "")), "peopl", m.group(1), Set.of("dead"), false,
                    Facts.bound(sentence, m.start(1)), Frame.of(sentence, m.start(1), m.end(1))));
        }
        return out;
    }

    /** One outlet's figure, and the sentence that gives it. */
    record Figure(Sentence sentence, Amount amount) {}

    private KeyFigures() {}

    /** Pairs of figures of one kind from two outlets that cannot both be true, each outlet's once. */
    static List<Figure[]> conflicts(SentenceGraph graph) {
        Map<String, Map<String, List<Figure>>> byKind = new LinkedHashMap<>();
        for (Sentence s : graph.sentences()) {
            for (Amount a : s.facts().amounts()) {
                String kind = kind(a);
                if (kind != null) {
                    byKind.computeIfAbsent(kind, k -> new LinkedHashMap<>()).computeIfAbsent(graph.source(s.article()), k -> new ArrayList<>())
                            .add(new Figure(s, a));
                }
            }
        }
        List<Figure[]> out = new ArrayList<>();
        for (Map<String, List<Figure>> bySource : byKind.values()) {
            List<Figure> single = new ArrayList<>();
            for (List<Figure> figures : bySource.values()) {
                if (figures.stream().allMatch(f -> f.amount().sameValue(figures.get(0).amount()))) {
                    single.add(figures.get(0));
                }
            }
            for (int i = 0; i < single.size(); i++) {
                for (int j = i + 1; j < single.size(); j++) {
                    Figure x = single.get(i);
                    Figure y = single.get(j);
                    if (x.amount().contradicts(y.amount()) && x.amount().frame().meets(y.amount().frame())) {
                        out.add(new Figure[] {x, y});
                    }
                }
            }
        }
        return out;
    }

    /** "dead", "injured", … for a toll, "tally" for a score or a vote, or null for any other figure. */
    private static String kind(Amount a) {
        if (a.year() || a.frame().forecast() || a.frame().increment()) {
            return null;
        }
        if (a.unit().equals(TALLY)) {
            return a.unit();
        }
        Set<String> roles = Facts.rolesOf(a.context());
        return PEOPLE.contains(a.unit()) && roles.size() == 1 ? roles.iterator().next() : null;
    }
}
