package dev.brief.verify;

import dev.brief.domain.Problem;
import dev.brief.domain.Problem.Kind;
import dev.brief.text.Names;
import dev.brief.text.Normal;
import dev.brief.text.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Who did what to whom. Two names of a statement with a few words between them ("Rubio met Lavrov")
 * stand in some order; when every passage of a cited source that has both close together has them
 * the other way round ("Lavrov met Rubio"), with no change between active and passive ("by") to
 * explain it, the statement has swapped their roles, although the source has every one of its words.
 * "A and B" says nothing of roles, and neither does "B said A ...".
 */
final class RoleOrder {
    /** Names further apart than this, in words, are not one relation. */
    private static final int MAX_BETWEEN = 5;
    /** In a source's sentence, a relation may be spelled out more loosely. */
    private static final int MAX_BETWEEN_IN_SOURCE = 8;
    private static final Set<String> SYMMETRIC = Set.of("and", "or", "nor", "vs", "versus", "with", "between", "&");
    /** Days and months are when, not who. */
    private static final Set<String> TIMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");
    private static final Set<String> REPORTING = Set.of("said", "says", "say", "according", "reported", "reports", "added", "noted", "wrote");

    /** A word of a text: normalised, whether it is capitalised, whether it is one of the names looked at, and where it is. */
    private record Token(String normal, boolean capital, boolean name, int start, int end) {
        String in(String text) {
            return text.substring(start, end).replaceAll("'s?$|\\.$", "");
        }
    }

    /**
     * A statement's pair of names in their order, the stems of the plain words that relate them ("met"),
     * and whether it is said in the passive ("A was met by B").
     */
    private record Pair(String first, String second, Set<String> relation, boolean passive, String firstWritten, String secondWritten) {}

    private RoleOrder() {}

    static List<Problem> check(String folded, List<SourceText> cited, EventWords event) {
        Set<String> names = new HashSet<>();
        for (String n : ContentCheck.names(folded, event)) {
            names.add(Words.normal(n));
        }
        List<Pair> pairs = pairs(tokens(folded, names), folded);
        List<Problem> problems = new ArrayList<>();
        for (Pair p : pairs) {
            for (SourceText s : cited) {
                if (reversedIn(p, s)) {
                    problems.add(Problem.about(Kind.ROLE, List.of(s.article.id()), ContentCheck.name(s) + " has " + p.secondWritten + " and "
                            + p.firstWritten + " the other way round: the statement swaps who did what to whom"));
                }
            }
        }
        return problems;
    }

    private static List<Token> tokens(String folded, Set<String> names) {
        List<Token> out = new ArrayList<>();
        Matcher m = Words.WORD.matcher(folded);
        while (m.find()) {
            String normal = Words.normal(m.group());
            boolean capital = Names.capitalisedAt(folded, m.start());
            out.add(new Token(normal, capital, capital && names.contains(normal) && !TIMES.contains(normal), m.start(), m.end()));
        }
        return out;
    }

    /** Each name phrase ("Marco Rubio") is known by its last word; pairs are neighbouring phrases joined by a few plain words. */
    private static List<Pair> pairs(List<Token> tokens, String folded) {
        List<Pair> out = new ArrayList<>();
        int lastPhraseEnd = -1;
        String lastKey = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).name) {
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j + 1).name) {
                j++;
            }
            String key = tokens.get(j).normal;
            if (lastKey != null && !lastKey.equals(key)) {
                List<String> between = tokens.subList(lastPhraseEnd + 1, i).stream().map(Token::normal).toList();
                String gap = folded.substring(tokens.get(lastPhraseEnd).end, tokens.get(i).start);
                Set<String> relation = relation(tokens.subList(lastPhraseEnd + 1, i));
                if (!relation.isEmpty() && between.size() <= MAX_BETWEEN && !gap.contains(",") && !gap.contains(";")
                        && between.stream().noneMatch(w -> SYMMETRIC.contains(w) || REPORTING.contains(w))) {
                    out.add(new Pair(lastKey, key, relation, between.contains("by"), tokens.get(lastPhraseEnd).in(folded), tokens.get(j).in(folded)));
                }
            }
            lastKey = key;
            lastPhraseEnd = j;
            i = j;
        }
        return out;
    }

    /** The content words that are not names among the words between two names: what relates them. */
    private static Set<String> relation(List<Token> between) {
        Set<String> out = new HashSet<>();
        for (Token t : between) {
            if (!t.capital && t.normal.length() >= 3 && !Words.COMMON.contains(t.normal) && t.normal.chars().noneMatch(Character::isDigit)) {
                out.add(Words.stem(t.normal));
            }
        }
        return out;
    }

    /**
     * Some passage of the source relates both names by a word of the statement's relation, and none in
     * the statement's order: a source's "Rubio met Lavrov" against the statement's "Lavrov met Rubio".
     */
    private static boolean reversedIn(Pair p, SourceText source) {
        boolean seen = false;
        for (String sentence : source.passages.sentences()) {
            String folded = Normal.fold(sentence);
            List<Token> tokens = tokens(folded, Set.of(p.first, p.second));
            for (int a = 0; a < tokens.size(); a++) {
                String x = tokens.get(a).normal;
                if (!tokens.get(a).name) {
                    continue;
                }
                for (int b = a + 1; b < tokens.size() && b - a - 1 <= MAX_BETWEEN_IN_SOURCE; b++) {
                    String y = tokens.get(b).normal;
                    if (!tokens.get(b).name || x.equals(y)) {
                        continue;
                    }
                    List<String> between = tokens.subList(a + 1, b).stream().map(Token::normal).toList();
                    Set<String> relation = relation(tokens.subList(a + 1, b));
                    relation.retainAll(p.relation);
                    if (relation.isEmpty() || between.stream().anyMatch(w -> SYMMETRIC.contains(w) || REPORTING.contains(w))) {
                        continue;
                    }
                    boolean sameOrder = x.equals(p.first);
                    boolean passive = between.contains("by");
                    if (sameOrder == (passive == p.passive)) {
                        return false;
                    }
                    seen = true;
                }
            }
        }
        return seen;
    }
}
