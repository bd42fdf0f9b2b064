package dev.brief.group;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sentence embeddings computed in-process by all-MiniLM-L6-v2 (quantised), whose ONNX weights ship in
 * a Maven jar: no network, no server. Vectors are L2-normalised, so a dot product is the cosine.
 */
public final class SentenceEmbedder {
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    private static volatile EmbeddingModel model;
    private static final java.util.concurrent.atomic.AtomicLong TEXTS = new java.util.concurrent.atomic.AtomicLong();

    private SentenceEmbedder() {}

    /** Loading the model takes about a second, so it happens once, on first use, and only for a command that embeds. */
    private static EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (SentenceEmbedder.class) {
                m = model;
                if (m == null) {
                    m = new MiniLm();
                    model = m;
                }
            }
        }
        return m;
    }

    /**
     * LangChain4j's all-MiniLM-L6-v2 (quantised), whose texts are embedded in parallel on all cores, on
     * an ONNX Runtime session that runs each text on one thread: the runtime's own thread pool would
     * compete with those calls, and it doubled the CPU time of grouping on a busy 2-core machine.
     */
    private static final class MiniLm extends AbstractInProcessEmbeddingModel {
        private static final int THREADS = Runtime.getRuntime().availableProcessors();
        private final OnnxBertBiEncoder encoder;

        MiniLm() {
            super(pool());
            try (InputStream weights = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                encoder = new OnnxBertBiEncoder(environment, environment.createSession(weights.readAllBytes(), options), tokenizer,
                        PoolingMode.MEAN);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (OrtException e) {
                throw new IllegalStateException("the embedding model could not be loaded: " + e.getMessage(), e);
            }
        }

        private static ExecutorService pool() {
            return Executors.newFixedThreadPool(THREADS, r -> {
                Thread t = new Thread(r, "brief-embed");
                t.setDaemon(true);
                return t;
            });
        }

        private static InputStream resource(String name) {
            InputStream in = SentenceEmbedder.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException("the embedding model's " + name + " is missing from the jar");
            }
            return in;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }

    /** Vectors for texts, one per text, and how many texts the model read. */
    public record Embedded(float[][] vectors, int modelCalls) {}

    /** Each distinct text goes through the model once (feeds repeat headlines); on all cores. */
    public static Embedded embedDistinct(List<String> texts) {
        Map<String, Integer> first = new HashMap<>();
        List<String> distinct = new ArrayList<>();
        int[] slot = new int[texts.size()];
        for (int i = 0; i < slot.length; i++) {
            slot[i] = first.computeIfAbsent(texts.get(i), t -> {
                distinct.add(t);
                return distinct.size() - 1;
            });
        }
        List<float[]> vectors = embed(distinct);
        float[][] out = new float[slot.length][];
        for (int i = 0; i < slot.length; i++) {
            out[i] = vectors.get(slot[i]);
        }
        return new Embedded(out, distinct.size());
    }

    /** Unit vectors, one per text, computed on all cores. */
    public static List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        TEXTS.addAndGet(texts.size());
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t.isBlank() ? "." : t)).toList();
        List<float[]> out = new ArrayList<>(texts.size());
        for (Embedding e : model().embedAll(segments).content()) {
            out.add(normalise(e.vector()));
        }
        return out;
    }

    /** How many texts this process has embedded, for measuring and for tests that no stage embeds twice. */
    public static long textsEmbedded() {
        return TEXTS.get();
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
