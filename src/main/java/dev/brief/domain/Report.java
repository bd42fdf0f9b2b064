package dev.brief.domain;

/** What an article and a briefing's source share: enough to tell whose report it is. */
public interface Report {
    String id();

    /** The publication, or null when nothing names it. */
    String outlet();

    /** The wire agency from a byline such as "By AFP", or null for staff copy. */
    String agency();

    /** The id of the article this one copies (a wire copy or near-duplicate), or null. */
    String duplicateOf();
}
