package dev.brief.engine.extractive;

import dev.brief.engine.extractive.Facts.Amount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where two sentences that say nearly the same thing disagree: a figure or date with the same unit
 * but another value, or a quotation of the same remark in other words. Also finds one name spelled
 * two ways across sources ("Sergey" and "Sergei" before the same surname).
 */
final class Conflicts {
    /** A quote pair is about the same remark when it shares at least this many content words... */
    private static final int MIN_SHARED_QUOTE_WORDS = 2;
    /** ...and at least this share of the shorter quote's content words. */
    private static final double MIN_SHARED_QUOTE_FRACTION = 0.5;
    private static final Pattern NAME_PAIR = Pattern.compile("\\b(\\p{Lu}[\\p{L}’'-]+)\\s+(\\p{Lu}[\\p{L}’'-]+)");

    private Conflicts() {}

    /** Whether two sentences name conflicting figures or quote one remark in other words. */
    static boolean any(Facts a, Facts b) {
        return !amounts(a, b).isEmpty() || quotes(a, b) != null;
    }

    /**
     * Figures that measure the same thing with another value. Dates ("July 10", "11 July") and
     * weekdays compare by unit alone. Other figures pair only with a figure of the same unit, kind
     * (a year never against an amount) and role: their context words meet and name no different role
     * ("killing 14 people" against "13 people have died", never against "200 people had been injured").
     * Nor a forecast against a result, nor figures of different periods ({@link Frame}), nor a figure whose
     * value the other sentence prints too. A figure with several such partners is ambiguous and not compared. Values compare as numbers:
     * 2.0 percent is 2%; a limit ("more than 200") conflicts only with a figure outside it. Empty when none.
     */
    static List<Amount[]> amounts(Facts a, Facts b) {
        List<Amount[]> out = new ArrayList<>();
        Map<String, List<Amount>> byUnitA = byUnit(a.amounts());
        Map<String, List<Amount>> byUnitB = byUnit(b.amounts());
        for (var e : byUnitA.entrySet()) {
            List<Amount> other = byUnitB.get(e.getKey());
            if (other == null) {
                continue;
            }
            if (isDate(e.getKey())) {
                if (e.getValue().stream().noneMatch(x -> other.stream().anyMatch(x::sameValue))) {
                    out.add(nearest(e.getValue(), other));
                }
                continue;
            }
            for (Amount x : e.getValue()) {
                Amount y = partner(x, other);
                if (y != null && partner(y, e.getValue()) == x && x.contradicts(y) && !prints(b, x) && !prints(a, y)) {
                    out.add(new Amount[] {x, y});
                }
            }
        }
        return out;
    }

    /**
     * Whether a sentence prints a figure's value, as a figure of the same unit or a bare number: then it
     * agrees with that figure, and a pairing against it was wrong ("rose by 37,000 to 412,000 last week"
     * and "rose 37,000 last week to 412,000"). The value as a figure of another unit is another figure:
     * "12 people injured" and "18 people injured and 12 arrested" still differ.
     */
    private static boolean prints(Facts sentence, Amount figure) {
        double n = figure.number();
        if (Double.isNaN(n)) {
            return false;
        }
        boolean inAnotherUnit = false;
        for (Amount other : sentence.amounts()) {
            if (Amount.equal(other.number(), n)) {
                if (other.unit().equals(figure.unit())) {
                    return true;
                }
                inAnotherUnit = true;
            }
        }
        return !inAnotherUnit && sentence.values().stream().anyMatch(v -> Amount.equal(v.doubleValue(), n));
    }

    private static Amount[] nearest(List<Amount> a, List<Amount> b) {
        Amount[] best = {a.get(0), b.get(0)};
        double bestGap = Double.MAX_VALUE;
        for (Amount x : a) {
            for (Amount y : b) {
                double gap = Math.abs(x.number() - y.number());
                if (gap < bestGap) {
                    bestGap = gap;
                    best = new Amount[] {x, y};
                }
            }
        }
        return best;
    }

    /** Whether two figures measure the same thing: one unit and kind, context words in common, no other role. */
    static boolean comparable(Amount x, Amount y) {
        if (!x.unit().equals(y.unit()) || x.year() != y.year()) {
            return false;
        }
        if (isDate(x.unit())) {
            return true;
        }
        if (!x.frame().meets(y.frame())) {
            return false;
        }
        Set<String> rolesX = Facts.rolesOf(x.context());
        Set<String> rolesY = Facts.rolesOf(y.context());
        if (!rolesX.isEmpty() && !rolesY.isEmpty() && rolesX.stream().noneMatch(rolesY::contains)) {
            return false;
        }
        return x.context().stream().anyMatch(y.context()::contains);
    }

    /** The one figure among candidates that shares the most context words with x; null when none or a tie. */
    private static Amount partner(Amount x, List<Amount> candidates) {
        Amount best = null;
        int bestShared = 0;
        boolean tie = false;
        for (Amount y : candidates) {
            if (!comparable(x, y)) {
                continue;
            }
            int shared = (int) x.context().stream().filter(y.context()::contains).count();
            if (shared > bestShared) {
                best = y;
                bestShared = shared;
                tie = false;
            } else if (shared == bestShared && !y.sameValue(best)) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    static boolean isDate(String unit) {
        return unit.equals("weekday") || unit.matches("january|february|march|april|may|june|july|august|september|october|november|december");
    }

    /**
     * Quotations of the same remark in different words: they share content words, but neither is
     * contained in the other. Returns the pair of quotes, or null.
     */
    static String[] quotes(Facts a, Facts b) {
        for (String qa : a.quotes()) {
            for (String qb : b.quotes()) {
                if (differentWording(qa, qb)) {
                    return new String[] {qa, qb};
                }
            }
        }
        return null;
    }

    static boolean differentWording(String qa, String qb) {
        String na = normalise(qa);
        String nb = normalise(qb);
        if (na.contains(nb) || nb.contains(na)) {
            return false;
        }
        Set<String> sa = Facts.stemsOf(withoutNames(qa));
        Set<String> sb = Facts.stemsOf(withoutNames(qb));
        if (sa.equals(sb)) {
            return false; // the same words, spelt or punctuated another way ("were damaged" / "were damages")
        }
        Set<String> shared = new LinkedHashSet<>(sa);
        shared.retainAll(sb);
        int shorter = Math.min(sa.size(), sb.size());
        return shared.size() >= MIN_SHARED_QUOTE_WORDS && shorter > 0 && shared.size() >= MIN_SHARED_QUOTE_FRACTION * shorter;
    }

    /** A capitalised word inside a sentence of a quote: a name, which says who is quoted about what, not how. */
    private static final Pattern NAME_IN_QUOTE = Pattern.compile("(?<=[\\p{L},;:’'\"”)]\\s{1,3})\\p{Lu}[\\p{L}’'-]*");

    /**
     * The words of a quote that say how it was put: without the names, two remarks about Ellen DeGeneres
     * ("It is an honor to welcome back Ellen DeGeneres", "We are thrilled to have Ellen DeGeneres host")
     * share nothing.
     */
    private static String withoutNames(String quote) {
        return NAME_IN_QUOTE.matcher(quote).replaceAll(" ");
    }

    /** A spelling of a name in one source and its variant in another. */
    record NameVariant(String first, String second, String firstSpan, String secondSpan) {}

    /**
     * Capitalised words that differ by one edit (two for long words), never occur in the same text, and
     * stand next to the same other capitalised word in both: "Sergey Lavrov" and "Sergei Lavrov".
     *
     * @param texts one text per independent source
     */
    static List<NameVariant> nameVariants(List<String> texts) {
        List<Map<String, String>> pairsPerText = new ArrayList<>();
        List<Set<String>> wordsPerText = new ArrayList<>();
        for (String t : texts) {
            Map<String, String> pairs = new LinkedHashMap<>();
            Matcher m = NAME_PAIR.matcher(t);
            int from = 0;
            while (from < t.length() && m.find(from)) {
                pairs.putIfAbsent(m.group(1) + " " + m.group(2), m.group());
                from = m.start(2);
            }
            pairsPerText.add(pairs);
            Set<String> words = new LinkedHashSet<>();
            for (String w : t.split("[^\\p{L}’'-]+")) {
                words.add(bare(w));
            }
            wordsPerText.add(words);
        }
        List<NameVariant> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                for (String pa : pairsPerText.get(i).keySet()) {
                    for (String pb : pairsPerText.get(j).keySet()) {
                        NameVariant v = variant(pa, pb, wordsPerText.get(i), wordsPerText.get(j));
                        // one pair of spellings once, whichever source wrote which
                        if (v != null && seen.add(bare(v.first()).compareTo(bare(v.second())) < 0
                                ? bare(v.first()) + "|" + bare(v.second()) : bare(v.second()) + "|" + bare(v.first()))) {
                            out.add(new NameVariant(v.first(), v.second(), pairsPerText.get(i).get(pa), pairsPerText.get(j).get(pb)));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static NameVariant variant(String pa, String pb, Set<String> wordsA, Set<String> wordsB) {
        String[] a = pa.split(" ");
        String[] b = pb.split(" ");
        String va;
        String vb;
        if (a[1].equals(b[1]) && !a[0].equals(b[0])) {
            va = a[0];
            vb = b[0];
        } else if (a[0].equals(b[0]) && !a[1].equals(b[1])) {
            va = a[1];
            vb = b[1];
        } else {
            return null;
        }
        String la = bare(va);
        String lb = bare(vb);
        if (la.length() < 4 || lb.length() < 4 || la.charAt(0) != lb.charAt(0) || sameWord(la, lb)) {
            return null;
        }
        if (wordsA.contains(lb) || wordsB.contains(la)) {
            return null; // both spellings in one text: two different words, not a variant
        }
        int allowed = Math.min(la.length(), lb.length()) >= 8 ? 2 : 1;
        return editDistance(la, lb) <= allowed ? new NameVariant(va, vb, pa, pb) : null;
    }

    /** Endings that make another word of one name: Korea/Korean, Democrat/Democratic/Democrats, Israel/Israeli. */
    private static final List<String> NAME_ENDINGS = List.of("", "s", "es", "n", "an", "ian", "ans", "ns", "ic", "ics", "i", "is", "ese", "ish");

    /**
     * A word without case and possessive: "NASA’s" and "Nasa's" are both "nasa", "Sanders’" is "sanders", and
     * "Games''" (a closing quote written as two apostrophes) is "games".
     */
    private static String bare(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("(?:'s?|-)+$", "");
    }

    /** One word in other case, possessive or grammatical form: not a spelling of a name. */
    private static boolean sameWord(String a, String b) {
        for (String ea : NAME_ENDINGS) {
            for (String eb : NAME_ENDINGS) {
                if (a.endsWith(ea) && b.endsWith(eb) && a.length() - ea.length() >= 4
                        && a.substring(0, a.length() - ea.length()).equals(b.substring(0, b.length() - eb.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    static int editDistance(String s, String t) {
        int[] prev = new int[t.length() + 1];
        int[] cur = new int[t.length() + 1];
        for (int j = 0; j <= t.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= t.length(); j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[t.length()];
    }

    private static Map<String, List<Amount>> byUnit(List<Amount> amounts) {
        Map<String, List<Amount>> out = new LinkedHashMap<>();
        for (Amount a : amounts) {
            out.computeIfAbsent(a.unit(), k -> new ArrayList<>()).add(a);
        }
        return out;
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^\\p{L}\\p{N}' ]+", " ").replaceAll("\\s+", " ").strip();
    }
}
