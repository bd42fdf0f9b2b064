package dev.brief.verify;

import dev.brief.group.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The second signal beside the words: how close in meaning a statement is to a passage, by the
 * sentence embeddings grouping uses (all-MiniLM-L6-v2, in process). Computed only where the words
 * leave a citation in doubt, so a briefing of copied sentences never loads the model.
 */
final class Meaning {
    /** Embeddings of the texts seen by one verifier; a source's passages come up again for each item. */
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

    /** The cosine of the statement and its closest passage, 0 without passages. */
    double closest(String statement, List<String> passages) {
        if (passages.isEmpty()) {
            return 0;
        }
        List<String> texts = new ArrayList<>(passages.size() + 1);
        texts.add(statement);
        texts.addAll(passages);
        List<String> missing = texts.stream().distinct().filter(t -> !vectors.containsKey(t)).toList();
        if (!missing.isEmpty()) {
            List<float[]> embedded = SentenceEmbedder.embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                vectors.put(missing.get(i), embedded.get(i));
            }
        }
        float[] s = vectors.get(statement);
        double best = 0;
        for (String p : passages) {
            best = Math.max(best, SentenceEmbedder.cosine(s, vectors.get(p)));
        }
        return best;
    }
}
