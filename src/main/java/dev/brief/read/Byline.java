package dev.brief.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who a byline names: "AFP" is an agency, "Jane Doe" an author, "Jane Doe, Reuters" both.
 *
 * @param author the person or people, or null
 * @param agency the wire agency, or null
 */
record Byline(String author, String agency) {
    /** The separators between a name and its agency: "Jane Doe, Reuters", "Jane Doe | AP", "Jane Doe (AFP)". */
    private static final Pattern PARTS = Pattern.compile("\\s*(?:[,;|/()]|\\s[–—-]\\s)\\s*");
    /** "Reuters staff", "AFP correspondents": the agency's own copy. */
    private static final Pattern STAFF = Pattern.compile("(?i)\\s+(?:staff|reporters?|correspondents?|journalists?|news)$");
    /** Job titles that follow a name: "Jane Doe, Staff Writer". */
    private static final Pattern ROLE = Pattern.compile(
            "(?i).*\\b(?:staff|writer|reporter|correspondent|editor|contributor|bureau|columnist)\\b.*");

    /** @param who the byline without its "By" */
    static Byline parse(String who) {
        String agency = null;
        List<String> names = new ArrayList<>();
        for (String part : PARTS.split(who.strip())) {
            if (part.isBlank()) {
                continue;
            }
            String wire = Outlets.agency(STAFF.matcher(part).replaceFirst(""));
            if (wire != null) {
                agency = agency == null ? wire : agency;
            } else if (!ROLE.matcher(part).matches() || names.isEmpty()) {
                names.add(part.strip());
            }
        }
        return new Byline(names.isEmpty() ? null : String.join(", ", names), agency);
    }
}
