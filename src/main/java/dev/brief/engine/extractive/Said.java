package dev.brief.engine.extractive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Sentences of the graph that a briefing says, by index, each once, in the order they were said; a
 * sentence counts as said when another article's sentence with the same words was ({@link Sentence#same}). A
 * section takes what the sections before it said, so that it repeats none of it, and returns what it
 * says itself: the order of the sections is written in {@link ExtractiveBriefer#brief}, not hidden in
 * a shared set.
 */
record Said(List<Integer> sentences) {
    static final Said NOTHING = new Said(List.of());

    Said {
        sentences = List.copyOf(new LinkedHashSet<>(sentences));
    }

    static Said of(Collection<Sentence> said) {
        return new Said(said.stream().map(Sentence::same).toList());
    }

    boolean has(Sentence s) {
        return sentences.contains(s.same());
    }

    /** This, then what more says that this does not. */
    Said and(Said more) {
        List<Integer> all = new ArrayList<>(sentences);
        all.addAll(more.sentences());
        return new Said(all);
    }
}
