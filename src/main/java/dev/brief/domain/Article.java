package dev.brief.domain;

import java.time.LocalDate;

/**
 * One article as the rest of the pipeline sees it.
 *
 * @param id          short and stable: the same text always gets the same id
 * @param outlet      the publication, such as "The Moscow Times"; null when nothing says
 * @param agency      the wire agency from a byline such as "By AFP"; null for staff copy
 * @param path        the file it came from, or null for stdin and URLs
 * @param contentHash SHA-256 of the normalised text, for exact-duplicate detection
 * @param duplicateOf id of the article this one copies (a wire copy or near-duplicate), or null
 * @param headlineOnly the input gave a title and no body (a feed item or record with no text): the
 *                    text is then the title, so every stage can read, quote and cite it
 */
public record Article(
        String id,
        String outlet,
        String agency,
        String title,
        String author,
        LocalDate published,
        String url,
        String path,
        String text,
        String contentHash,
        String duplicateOf,
        boolean headlineOnly) implements Report {

    /** An article with a body. */
    public Article(String id, String outlet, String agency, String title, String author, LocalDate published, String url,
            String path, String text, String contentHash, String duplicateOf) {
        this(id, outlet, agency, title, author, published, url, path, text, contentHash, duplicateOf, false);
    }

    public String where() {
        return url != null ? url : path != null ? path : "stdin";
    }

    public Article withId(String newId) {
        return new Article(newId, outlet, agency, title, author, published, url, path, text, contentHash, duplicateOf, headlineOnly);
    }

    public Article withDuplicateOf(String original) {
        return new Article(id, outlet, agency, title, author, published, url, path, text, contentHash, original, headlineOnly);
    }
}
