package dev.brief.read;

import dev.brief.text.SentenceSplitter;
import dev.brief.text.Words;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a plain-text or Markdown article into an {@link Article}, taking the metadata that the text
 * itself carries: a title line, a "By AFP" byline, a date line, a dateline such as
 * "Kuala Lumpur, July 11, 2025 – The Europe Today:", and an "Original url:" line.
 */
public final class TextArticleParser {
    private static final String MONTH =
            "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String DATE = MONTH + "\\s+\\d{1,2},?\\s+\\d{4}";
    private static final Pattern DATE_LINE = Pattern.compile("^(?:Published|Updated)?:?\\s*(" + DATE + ")\\b.{0,20}$");
    private static final Pattern ISO_DATE_LINE = Pattern.compile("^(?:Published|Updated|Date)?:?\\s*(\\d{4}-\\d{2}-\\d{2})\\b.{0,20}$");
    /** "Kuala Lumpur, July 11, 2025 – " and "KUALA LUMPUR (AFP) – ". */
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L} .'’-]{1,40}?)(?:,\\s+(" + DATE + "))?(?:\\s+\\(([A-Za-z .-]{2,30})\\))?\\s*[–—-]{1,2}\\s+");
    /** The outlet name some sites put after the dateline: "– The Europe Today: U.S. ...". */
    private static final Pattern OUTLET_PREFIX = Pattern.compile("^((?:The\\s+)?\\p{Lu}[\\p{L}&.'’]*(?:\\s+\\p{Lu}[\\p{L}&.'’]*){0,4}):\\s+");
    private static final Pattern BYLINE = Pattern.compile("^By:?\\s+(.{2,80})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORIGINAL_URL = Pattern.compile("^(?:Original\\s+url|Source\\s+url|URL)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern BOILERPLATE = Pattern.compile("^(?:Related article|Related|Read more|Read also|See also)\\s*:.*$", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter[] DATE_FORMATS = {
        DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("MMM d yyyy", Locale.ENGLISH),
    };
    private static final int MAX_TITLE_CHARS = 200;

    private TextArticleParser() {}

    /** The metadata and body found in one document. Any field may be null but the text. */
    public record Parsed(String outlet, String agency, String title, String author, LocalDate published, String url, String text) {}

    public static Parsed parse(String raw) {
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
                published = parseDate(m.group(1));
                if (published != null) {
                    continue;
                }
            }
            if (body.isEmpty() && published == null && (m = ISO_DATE_LINE.matcher(p)).matches()) {
                published = parseIso(m.group(1));
                if (published != null) {
                    continue;
                }
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
                    published = parseDate(m.group(2));
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

    /** The agency of a dateline such as "KUALA LUMPUR (AFP) – ", or null. */
    static String agencyInDateline(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        return m.find() && m.group(3) != null ? Outlets.agency(m.group(3)) : null;
    }

    /**
     * Blank-line separated blocks; a block broken across lines is joined back into one paragraph. At
     * the head of the document (before its second line of title or text) a byline or a date line
     * stands on its own and a dateline starts a new block, blank lines or not; an "Original url:"
     * line stands on its own anywhere.
     */
    static List<String> paragraphs(String raw) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int headLines = 0;
        boolean valueNext = false;
        for (String line : raw.split("\\R", -1)) {
            String clean = cleanMarkdown(line.strip());
            if (clean.isEmpty()) {
                flush(current, out);
                continue;
            }
            boolean head = headLines < 2;
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
            headLines++;
        }
        flush(current, out);
        return mergeBrokenParagraphs(out);
    }

    private static boolean isMetadataLine(String line) {
        return BYLINE.matcher(line).matches() && Character.isUpperCase(line.charAt(0)) && Words.count(line) <= 12
                || DATE_LINE.matcher(line).matches() || ISO_DATE_LINE.matcher(line).matches();
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

    static LocalDate parseDate(String text) {
        String s = text.replace(",", " ").replace(".", "").replaceAll("\\s+", " ").trim();
        s = s.replaceFirst("^Sept ", "Sep ");
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return null;
    }

    private static LocalDate parseIso(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String stripAngles(String s) {
        String v = s.trim();
        if (v.startsWith("<") && v.endsWith(">")) {
            v = v.substring(1, v.length() - 1);
        }
        return v.isEmpty() ? null : v;
    }
}
