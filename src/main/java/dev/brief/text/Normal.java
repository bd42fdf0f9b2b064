package dev.brief.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as the checks compare it: one kind of quote mark, one kind of dash, single spaces, no
 * accents, lower case. A model that writes “ for " or Sergey’s for Sergey's has not misquoted.
 */
public final class Normal {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Normal() {}

    public static String text(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("");
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            out.append(fold(t.charAt(i)));
        }
        return SPACE.matcher(out).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** Text with one kind of quote mark, dash and space, as written otherwise (case kept, for names). */
    public static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(fold(s.charAt(i)));
        }
        return out.toString();
    }

    /** Quote marks, dashes and odd spaces mapped to their plain ASCII form. */
    public static char fold(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
            case '\u2013', '\u2014', '\u2012', '\u2010', '\u2011', '\u2212' -> '-';
            case '\u00A0', '\u202F', '\u2009', '\u2007' -> ' ';
            default -> c;
        };
    }
}
