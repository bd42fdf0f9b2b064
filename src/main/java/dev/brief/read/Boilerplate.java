package dev.brief.read;

import dev.brief.text.SentenceSplitter;
import dev.brief.text.Words;
import java.util.regex.Pattern;

/**
 * Navigation and link furniture that pages put among an article's paragraphs: "Click here for more.",
 * "See [x](…) for details.", "Sign up for our newsletter", "Related: …". It reports nothing.
 */
public final class Boilerplate {
    /** Longer sentences that start this way are usually reporting ("Read more than 400 pages..."). */
    private static final int MAX_WORDS = 14;
    private static final Pattern SENTENCE = Pattern.compile("(?i)^[\\s\\p{Ps}\"“'*_]*(?:"
            + "click\\b|tap here\\b|read (?:more|the full|our)\\b|see (?:more|also)\\b|see\\b.{0,80}\\bfor (?:more|details|the full|further)\\b|"
            + "(?:find out|learn) more\\b|more (?:on|about) this\\b|sign up\\b|subscribe\\b|follow us\\b|share (?:this|on)\\b|"
            + "advertisement\\b|related\\s*:|also read\\s*:|watch\\s*:|listen\\s*:|more\\s*:|"
            + "continue reading\\b|skip to\\b|back to top\\b|download (?:our|the) app\\b)");
    /** A sentence made only of a link: a markdown link or a bare address, with words around it no longer than a few. */
    private static final Pattern LINK_ONLY = Pattern.compile("(?i)^\\W*(?:\\[[^\\]]*\\]\\([^)]*\\)|https?://\\S+|www\\.\\S+)\\W*$");

    private Boilerplate() {}

    /** Whether a sentence is navigation or link furniture rather than reporting. */
    public static boolean isSentence(String sentence) {
        String s = sentence.strip();
        if (s.isEmpty()) {
            return false;
        }
        if (LINK_ONLY.matcher(s).matches()) {
            return true;
        }
        return Words.count(s) <= MAX_WORDS && SENTENCE.matcher(s).find();
    }

    /** Whether every sentence of a paragraph is furniture, so that the paragraph is dropped whole. */
    public static boolean isParagraph(String paragraph) {
        String p = paragraph.strip();
        if (p.isEmpty()) {
            return false;
        }
        for (String s : SentenceSplitter.sentences(p)) {
            if (!isSentence(s)) {
                return false;
            }
        }
        return true;
    }
}
