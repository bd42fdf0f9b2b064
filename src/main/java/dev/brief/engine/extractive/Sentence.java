package dev.brief.engine.extractive;

/**
 * One sentence of one article: index is its place in the event's sentence list, position its place in
 * its article. same is the index of the first sentence of the event with the same words (wire copies
 * and follow-ups print sentences again): a statement said once is said, whichever article printed it.
 */
record Sentence(int index, int article, int position, String text, Facts facts, int same) {}
