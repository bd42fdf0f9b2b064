package dev.brief.text;

import java.util.regex.Pattern;

/**
 * Text from outside (a page, a feed, a model's answer) loses what could act on a reader's terminal or
 * hide what it says: escape sequences (colours, screen clearing, OSC 8 links, window titles), the C0
 * and C1 control characters but newline and tab, DEL, and the Unicode bidirectional overrides and
 * isolates that make text read in another order than it is stored. As git and ripgrep do, the rest of
 * the text is kept as it is.
 */
public final class ControlCharacters {
    private static final Pattern SEQUENCES = Pattern.compile(
            "\u001B\\[[0-?]*+[ -/]*+[@-~]?"                                  // CSI: ESC [ parameters final
            + "|\u009B[0-?]*+[ -/]*+[@-~]?"                                  // CSI in its 8-bit form
            + "|[\u001B][\\]PX^_][^\u0007\u001B\u009C\n]*+(?:\u0007|\u001B\\\\|\u009C)?" // OSC, DCS, SOS, PM, APC up to BEL or ST
            + "|[\u009D\u0090\u0098\u009E\u009F][^\u0007\u001B\u009C\n]*+(?:\u0007|\u001B\\\\|\u009C)?" // the same, 8-bit
            + "|\u001B[ -/]*+[0-~]?");                                      // any other escape: ESC c, ESC ( B
    private static final Pattern SINGLE = Pattern.compile(
            "[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]");

    private ControlCharacters() {}

    /** The text without them; a carriage return becomes a line break. Null stays null. */
    public static String strip(String s) {
        if (s == null || !needsWork(s)) {
            return s;
        }
        String lines = s.replace("\r\n", "\n").replace('\r', '\n');
        return SINGLE.matcher(SEQUENCES.matcher(lines).replaceAll("")).replaceAll("");
    }

    private static boolean needsWork(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                return true;
            }
        }
        return false;
    }
}
