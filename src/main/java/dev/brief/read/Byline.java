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
