package dev.brief.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who a byline names: "AFP" is an agency, "Jane Doe" an author, "Jane Doe, Reuters" both, and
 * "Tom Brown, Riverside Gazette" an author and an outlet.
 *
 * @param author the person or people, or null
 * @param agency the wire agency, or null
 * @param outlet a publication named after the author, or null
 */
record Byline(String author, String agency, String outlet) {
    /** The separators between a name and its agency: "Jane Doe, Reuters", "Jane Doe | AP", "Jane Doe (AFP)". */
    private static final Pattern PARTS = Pattern.compile("\\s*(?:[,;|/()]|\\s[–—-]\\s)\\s*");
    /** "Reuters staff", "AFP correspondents": the agency's own copy. */
    private static final Pattern STAFF = Pattern.compile("(?i)\\s+(?:staff|reporters?|correspondents?|journalists?|news)$");
    /** Job titles that follow a name: "Jane Doe, Staff Writer". */
    private static final Pattern ROLE = Pattern.compile(
            "(?i).*\\b(?:staff|writer|reporter|correspondent|editor|contributor|bureau|columnist)\\b.*");
    /**
     * A publication's name: up to five capitalised words with a word that names a publication, or
     * starting with "The". A bare "Jane Doe" after a comma is a second author, not an outlet.
     */
    private static final Pattern PUBLICATION = Pattern.compile(
            "(?=.*\\b(?:The|Gazette|Times|News|Post|Herald|Journal|Tribune|Daily|Press|Radio|TV|Television|Courier|Chronicle"
                    + "|Observer|Telegraph|Examiner|Inquirer|Dispatch|Sentinel|Monitor|Globe|Star|Review|Express|Mail|Record"
                    + "|Bulletin|Standard|Register|Ledger|Magazine|Weekly|Broadcasting|Network|Media)\\b)"
                    + "\\p{Lu}[\\p{L}&.'’-]*(?:\\s+(?:of|and|&|\\p{Lu}[\\p{L}&.'’-]*)){0,4}");

    /** "By", "By:", and the same word in the languages brief meets most ("Par", "Por", "Von"...). */
    private static final Pattern BY_WORD = Pattern.compile("(?iu)^(?:by|par|por|von|door|di|da|av|af|przez|от|написал[аи]?)\\s*:?\\s+");
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
            + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** Where a byline stops naming people: a date, a time, "Updated", "3h ago". */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?iu)(?:\\b" + MONTH + "\\s+\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + "\\b"
            + "|\\b\\d{1,4}[/.:-]\\d{1,2}|\\b\\d{4}\\b|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b"
            + "|\\b(?:last updated|last modified|updated|published|posted)\\b|\\b\\d+\\s*(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)\\b(?:\\s+ago)?"
            + "|\\s[•·]\\s)");
    /** A job title after the name: "Ben Silverman Games Editor". */
    private static final Pattern TRAILING_ROLE = Pattern.compile(
            "(?u)(?<=\\p{L}{2}\\s\\p{L}{2,40})(?:\\s+\\p{Lu}[\\p{L}&-]*)*\\s+(?:Staff Writer|Writer|Reporter|Correspondent|Editor|Contributor|Columnist)$");
    private static final Pattern HANDLE = Pattern.compile("(?:^|\\s)@\\w+");
    private static final Pattern EDGES = Pattern.compile("^[\\s\\p{Pd},;:|•·/]+|[\\s\\p{Pd},;:|•·/(]+$");
    /** What a page's byline slot holds when it names nobody. */
    private static final Pattern NOBODY = Pattern.compile("(?iu)^(?:follow|contact|e-?mail|view|more|all|read|see|share|posted|written)\\b.*");
    private static final int MAX_NAME_CHARS = 100;
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /**
     * The names in a page's byline text, without what pages put around them: "By Dan Goodin - Apr 16, 2015
     * 8:02 pm UTC" and "Steven Musil January 18, 2017 11:00 PM PST @stevenmusil" name one person each.
     * Null when the text names nobody ("Follow Author").
     */
    static String names(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replaceAll("\\s+", " ").strip();
        s = BY_WORD.matcher(s).replaceFirst("");
        java.util.regex.Matcher m = NOT_A_NAME.matcher(s);
        if (m.find()) {
            s = s.substring(0, m.start());
        }
        s = HANDLE.matcher(s).replaceAll(" ").replaceAll("\\s+", " ");
        s = EDGES.matcher(s).replaceAll("");
        s = BY_WORD.matcher(s).replaceFirst("").strip();
        s = TRAILING_ROLE.matcher(s).replaceFirst("").strip();
        if (s.isEmpty() || s.length() > MAX_NAME_CHARS || !LETTER.matcher(s).find() || NOBODY.matcher(s).matches()) {
            return null;
        }
        return s;
    }

    /** @param who the byline without its "By" */
    static Byline parse(String who) {
        String agency = null;
        String outlet = null;
        List<String> names = new ArrayList<>();
        for (String part : PARTS.split(who.strip())) {
            if (part.isBlank()) {
                continue;
            }
            String wire = Outlets.agency(STAFF.matcher(part).replaceFirst(""));
            if (wire != null) {
                agency = agency == null ? wire : agency;
            } else if (!names.isEmpty() && outlet == null && !ROLE.matcher(part).matches() && PUBLICATION.matcher(part.strip()).matches()) {
                outlet = part.strip();
            } else if (!ROLE.matcher(part).matches() || names.isEmpty()) {
                names.add(part.strip());
            }
        }
        return new Byline(names.isEmpty() ? null : String.join(", ", names), agency, outlet);
    }
}
