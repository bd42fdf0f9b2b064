package dev.brief.read;

import dev.brief.text.SentenceSplitter;
import dev.brief.text.Words;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a plain-text or Markdown article into an {@link Article}, taking the metadata that the text
 * itself carries: a title line, a "By AFP" byline, a date line, a dateline such as
 * "Kuala Lumpur, July 11, 2025 – The Europe Today:", and an "Original url:" line.
 */
public final class TextArticleParser {
    /** "March 12, 2025", "Updated: 12 March 2025 08:30 GMT", "Date: 2025-03-12": a date and at most a time after it. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?:(?i:last\\s+updated|published|updated|posted|date)(?:\\s+on)?\\s*:?\\s*)?(" + Dates.WRITTEN + ")\\b.{0,20}$");
    /** "Kuala Lumpur, July 11, 2025 – " and "KUALA LUMPUR (AFP) – ". */
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L} .'’-]{1,40}?)(?:,\\s+(" + Dates.WRITTEN + "))?(?:\\s+\\(([A-Za-z .-]{2,30})\\))?\\s*[–—-]{1,2}\\s+");
    /** The outlet name some sites put after the dateline: "– The Europe Today: U.S. ...". */
    private static final Pattern OUTLET_PREFIX = Pattern.compile("^((?:The\\s+)?\\p{Lu}[\\p{L}&.'’]*(?:\\s+\\p{Lu}[\\p{L}&.'’]*){0,4}):\\s+");
    private static final Pattern BYLINE = Pattern.compile("^By:?\\s+(.{2,80})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGINAL_URL = Pattern.compile("^(?:Original\\s+url|Source\\s+url|URL)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern BOILERPLATE = Pattern.compile("^(?:Related article|Related|Read more|Read also|See also)\\s*:.*$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_TITLE_CHARS = 200;
    /** Lines of title or text (a title, a subtitle, an outlet's name) after which the head of a text is over. */
    private static final int HEAD_TEXT_LINES = 3;
    /** A line that ends a sentence is body text: titles seldom end with a full stop. */
    private static final Pattern SENTENCE_END = Pattern.compile("\\.[\"”’)]?$");
    /** The end of a line that the next line continues: a comma, or a word a sentence does not stop on. */
    private static final Pattern RUNS_ON = Pattern.compile("(?:[,;]|\\b(?:and|or|but|nor|of|the|a|an|to|in|on|at|by|for|with|from|that|as|than|into))$");

    private TextArticleParser() {}

    /** The metadata and body found in one document. Any field may be null but the text. */
    /** A web address at the head of the first paragraph (its lines are joined by then). */
    private static final Pattern LEADING_URL = Pattern.compile("^<?(https?://[^\\s<>]+)>?(?:\\s+|$)");

    /** @param publishedAt the publication time, when the input gives one with its offset ("2025-03-14T09:30:00Z"), else null */
    public record Parsed(String outlet, String agency, String title, String author, LocalDate published, String url, String text,
            Instant publishedAt) {
        public Parsed(String outlet, String agency, String title, String author, LocalDate published, String url, String text) {
            this(outlet, agency, title, author, published, url, text, null);
        }
    }

    public static Parsed parse(String raw) {
        return parse(raw, Header.SEARCH);
    }

    /** Whether the head of a text is searched for its title, byline, date and agency lines. */
    enum Header {
        /** A file's text: its head lines are the metadata, and leave the body. */
        SEARCH,
        /**
         * A text given as the body apart from its title (a JSON record's {@code text}): every paragraph
         * is body text, and only the agency of a dateline is noted, the dateline kept.
         */
        NONE
    }

    static Parsed parse(String raw, Header header) {
        if (header == Header.NONE) {
            List<String> body = paragraphs(raw);
            String agency = body.isEmpty() ? null : agencyInDateline(body.get(0));
            String title = body.isEmpty() ? null : firstSentence(body.get(0));
            return new Parsed(null, agency, title, null, null, null, String.join("\n\n", body));
        }
        List<String> paragraphs = paragraphs(raw);
        String title = null;
        String outlet = null;
        String agency = null;
        String author = null;
        String bylineOutlet = null;
        LocalDate published = null;
        String url = null;
        List<String> body = new ArrayList<>();

        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            Matcher m;
            if (body.isEmpty() && title == null && (m = LEADING_URL.matcher(p)).find()) {
                // A saved page often starts with its address: that is where it came from, not its title.
                url = url != null ? url : m.group(1);
                p = p.substring(m.end()).strip();
                if (p.isEmpty()) {
                    continue;
                }
            }
            if ((m = ORIGINAL_URL.matcher(p)).matches()) {
                String value = m.group(1).trim();
                if (value.isEmpty() && i + 1 < paragraphs.size()) {
                    value = paragraphs.get(++i).trim();
                }
                url = stripAngles(value);
                continue;
            }
            if (body.isEmpty() && (m = BYLINE.matcher(p)).matches()) {
                Byline by = Byline.parse(m.group(1));
                agency = by.agency() != null ? by.agency() : agency;
                author = by.author() != null ? by.author() : author;
                bylineOutlet = by.outlet() != null ? by.outlet() : bylineOutlet;
                continue;
            }
            if (body.isEmpty() && published == null && (m = DATE_LINE.matcher(p)).matches()) {
                published = Dates.written(m.group(1));
                if (published != null) {
                    continue;
                }
            }
            if (body.isEmpty() && Outlets.agency(p) != null) {
                agency = agency != null ? agency : Outlets.agency(p);
                continue;
            }
            if (BOILERPLATE.matcher(p).matches()) {
                continue;
            }
            if (title == null && body.isEmpty() && looksLikeTitle(p)) {
                title = MD_HEADING.matcher(p).replaceFirst("");
                continue;
            }
            if (body.isEmpty() && (m = DATELINE.matcher(p)).find()) {
                if (m.group(2) != null && published == null) {
                    published = Dates.written(m.group(2));
                }
                if (m.group(3) != null && agency == null) {
                    agency = Outlets.agency(m.group(3));
                }
                if (m.group(2) != null || m.group(3) != null) {
                    String rest = p.substring(m.end());
                    Matcher o = OUTLET_PREFIX.matcher(rest);
                    if (o.find()) {
                        outlet = o.group(1);
                        rest = rest.substring(o.end());
                    }
                    p = rest;
                }
            }
            if (isCaption(p, paragraphs, i, body)) {
                continue;
            }
            body.add(p);
        }
        if (outlet == null) {
            outlet = bylineOutlet;
        }
        if (outlet == null && url != null) {
            outlet = Outlets.fromUrl(url);
        }
        if (title == null && !body.isEmpty()) {
            title = firstSentence(body.get(0));
        }
        return new Parsed(outlet, agency, title, author, published, url, String.join("\n\n", body));
    }

    /**
     * A sentence without the dateline it opens with ("ARDMOOR – At least 12 people ..." is "At least 12
     * people ..."): the place in capitals, or with a date or an agency. The article keeps its dateline;
     * a statement quoted from it reads without one.
     */
    public static String withoutDateline(String sentence) {
        Matcher m = DATELINE.matcher(sentence);
        if (!m.find() || m.end() >= sentence.length()) {
            return sentence;
        }
        String place = m.group(1).strip();
        boolean capitals = place.length() >= 3 && place.equals(place.toUpperCase(java.util.Locale.ROOT));
        return capitals || m.group(2) != null || m.group(3) != null ? sentence.substring(m.end()) : sentence;
    }

    /** The agency of a dateline such as "KUALA LUMPUR (AFP) – ", or null. */
    static String agencyInDateline(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        return m.find() && m.group(3) != null ? Outlets.agency(m.group(3)) : null;
    }

    /**
     * Blank-line separated blocks; a block broken across lines is joined back into one paragraph. At
     * the head of the document a byline, a date line or a wire agency's name stands on its own and a
     * dateline starts a new block, blank lines or not, unless the line before runs on into it ("signed
     * on / March 12, 2025 by both"). The head ends at the first line that ends a sentence, or after
     * {@value #HEAD_TEXT_LINES} lines of title or text. An "Original url:" line stands on its own anywhere.
     */
    static List<String> paragraphs(String raw) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int textLines = 0;
        boolean bodyStarted = false;
        boolean valueNext = false;
        for (String line : raw.split("\\R", -1)) {
            String clean = cleanMarkdown(line.strip());
            if (clean.isEmpty()) {
                flush(current, out);
                continue;
            }
            boolean head = !bodyStarted && textLines < HEAD_TEXT_LINES && !RUNS_ON.matcher(current).find();
            Matcher url = ORIGINAL_URL.matcher(clean);
            if (valueNext || url.matches() || head && isMetadataLine(clean)) {
                flush(current, out);
                out.add(clean);
                valueNext = url.matches() && url.group(1).isBlank();
                continue;
            }
            if (head && current.length() > 0 && startsWithDateline(clean)) {
                flush(current, out);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(clean);
            textLines++;
            bodyStarted |= SENTENCE_END.matcher(clean).find();
        }
        flush(current, out);
        return mergeBrokenParagraphs(out);
    }

    /**
     * A byline names someone and ends no sentence ("By Jane Doe", not "By most accounts" nor "By Friday, 12 had
     * been found."); a line that is only an agency's name is the agency.
     */
    private static boolean isMetadataLine(String line) {
        Matcher by = BYLINE.matcher(line);
        boolean byline = by.matches() && Character.isUpperCase(line.charAt(0)) && !Character.isLowerCase(by.group(1).charAt(0))
                && Words.count(line) <= 12 && !SENTENCE_END.matcher(line).find();
        return byline || DATE_LINE.matcher(line).matches() || Outlets.agency(line) != null;
    }

    /** "LIMA, March 14, 2025 – " or "LIMA (Reuters) – ": a place with a date or an agency. */
    private static boolean startsWithDateline(String line) {
        Matcher m = DATELINE.matcher(line);
        return m.find() && (m.group(2) != null || m.group(3) != null);
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (current.length() > 0) {
            out.add(current.toString());
            current.setLength(0);
        }
    }

    /** Some exports break a paragraph mid-sentence with a blank line; join a block that ends without punctuation to a next block that starts in lower case. */
    private static List<String> mergeBrokenParagraphs(List<String> blocks) {
        List<String> out = new ArrayList<>();
        for (String b : blocks) {
            if (!out.isEmpty()) {
                String prev = out.get(out.size() - 1);
                char last = prev.charAt(prev.length() - 1);
                boolean open = Character.isLetter(last) || last == ',';
                boolean continues = Character.isLowerCase(b.charAt(0)) || openQuote(prev);
                if (open && continues && prev.length() > 60) {
                    out.set(out.size() - 1, prev + " " + b);
                    continue;
                }
            }
            out.add(b);
        }
        return out;
    }

    private static boolean openQuote(String s) {
        int open = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '“') {
                open++;
            } else if (c == '”') {
                open--;
            }
        }
        return open > 0;
    }

    static String cleanMarkdown(String line) {
        String s = MD_LINK.matcher(line).replaceAll("$1");
        s = MD_EMPHASIS.matcher(s).replaceAll("$2");
        return s;
    }

    private static boolean looksLikeTitle(String p) {
        if (p.length() > MAX_TITLE_CHARS || DATELINE.matcher(p).find() && p.length() > 120) {
            return false;
        }
        char last = p.charAt(p.length() - 1);
        // A title rarely ends a sentence; a lead paragraph nearly always does.
        return MD_HEADING.matcher(p).find() || (last != '.' && last != ':' && Words.count(p) <= 30);
    }

    /** A short line without a final period right before body text starts, such as a photo caption. */
    private static boolean isCaption(String p, List<String> paragraphs, int i, List<String> body) {
        if (!body.isEmpty() || Words.count(p) > 12) {
            return false;
        }
        char last = p.charAt(p.length() - 1);
        return last != '.' && last != '”' && last != '"' && i + 1 < paragraphs.size();
    }

    /** The paragraph up to the end of its first sentence of more than 20 characters, without the final stop. */
    private static String firstSentence(String paragraph) {
        String s = paragraph;
        for (SentenceSplitter.Span sentence : SentenceSplitter.spans(paragraph)) {
            if (sentence.end() > 21 && sentence.end() < paragraph.length()) {
                s = paragraph.substring(0, sentence.end()).replaceFirst("[.!?]$", "");
                break;
            }
        }
        if (s.length() > 120) {
            int cut = s.lastIndexOf(' ', 117);
            s = s.substring(0, cut > 40 ? cut : 117) + "…";
        }
        return s;
    }

    private static String stripAngles(String s) {
        String v = s.trim();
        if (v.startsWith("<") && v.endsWith(">")) {
            v = v.substring(1, v.length() - 1);
        }
        return v.isEmpty() ? null : v;
    }
}
