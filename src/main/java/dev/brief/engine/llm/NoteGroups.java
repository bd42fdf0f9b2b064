package dev.brief.engine.llm;

import dev.brief.domain.Article;
import dev.brief.domain.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Notes packed into as few groups as fit one merge call each, the notes of one outlet together where
 * they can be: an outlet's notes are one bundle, and bundles go largest first into the first group
 * with room (first-fit decreasing). Only a bundle larger than a whole group is cut, in its own order.
 */
final class NoteGroups {
    private NoteGroups() {}

    /** @param capacity the tokens of notes one group may hold */
    static List<List<Note>> pack(List<Note> notes, int capacity, List<Article> articles) {
        Map<String, String> outletOf = new LinkedHashMap<>();
        for (Article a : articles) {
            outletOf.put(a.id(), Source.of(a, 0).displayName());
        }
        Map<String, List<Note>> byOutlet = new LinkedHashMap<>();
        for (Note n : notes) {
            String first = n.articles().get(0);
            byOutlet.computeIfAbsent(n.articles().size() == 1 ? outletOf.getOrDefault(first, first) : "", k -> new ArrayList<>()).add(n);
        }
        List<List<Note>> bundles = new ArrayList<>();
        for (List<Note> bundle : byOutlet.values()) {
            List<Note> piece = new ArrayList<>();
            int size = 0;
            for (Note n : bundle) {
                if (!piece.isEmpty() && size + n.tokens() > capacity) {
                    bundles.add(piece);
                    piece = new ArrayList<>();
                    size = 0;
                }
                piece.add(n);
                size += n.tokens();
            }
            if (!piece.isEmpty()) {
                bundles.add(piece);
            }
        }
        bundles.sort(Comparator.comparingInt((List<Note> b) -> -MapReduce.tokens(b)));
        List<List<Note>> groups = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (List<Note> bundle : bundles) {
            int size = MapReduce.tokens(bundle);
            int at = -1;
            for (int g = 0; g < groups.size() && at < 0; g++) {
                if (sizes.get(g) + size <= capacity) {
                    at = g;
                }
            }
            if (at < 0) {
                groups.add(new ArrayList<>());
                sizes.add(0);
                at = groups.size() - 1;
            }
            groups.get(at).addAll(bundle);
            sizes.set(at, sizes.get(at) + size);
        }
        return groups;
    }
}
