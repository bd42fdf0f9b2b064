package dev.brief.group;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings computed in-process by all-MiniLM-L6-v2 (quantised), whose ONNX weights ship in
 * a Maven jar: no network, no server. Vectors are L2-normalised, so a dot product is the cosine.
 */
public final class SentenceEmbedder {
    private static volatile EmbeddingModel model;

    private SentenceEmbedder() {}

    /** Loading the model takes about a second, so it happens once, on first use. */
    private static EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (SentenceEmbedder.class) {
                m = model;
                if (m == null) {
                    m = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    model = m;
                }
            }
        }
        return m;
    }

    public static List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t.isBlank() ? "." : t)).toList();
        List<float[]> out = new ArrayList<>(texts.size());
        for (Embedding e : model().embedAll(segments).content()) {
            out.add(normalise(e.vector()));
        }
        return out;
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static float[] normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return v;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }
}
