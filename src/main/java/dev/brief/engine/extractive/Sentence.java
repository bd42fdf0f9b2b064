package dev.brief.engine.extractive;

/** One sentence of one article: index is its place in the event's sentence list, position its place in its article. */
record Sentence(int index, int article, int position, String text, Facts facts) {}
