package dev.brief.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.domain.GenerationOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The daily footer's counts: calls the server answered, answers from the cache, and calls that failed. */
class CallCountTest {
    private static final GenerationOptions OPTIONS = new GenerationOptions(8192, 0.0, 42, 2048);

    private static ModelRequest request(String user) {
        return new ModelRequest("qwen2.5:7b", List.of(ChatTurn.user(user)), "{\"type\":\"object\"}", OPTIONS, 100);
    }

    @Test
    void anAnswerFromTheServerIsACallAndACachedAnswerIsNot() {
        ModelReply fresh = new ModelReply("{\"headline\": \"a\"}", 1874, 912, "stop", false);
        ModelReply cached = new ModelReply("{\"headline\": \"b\"}", 1874, 912, "stop", true);
        CallCount.Totals totals = new CallCount.Totals();
        CallCount model = new CallCount(new FakeLanguageModel().answers(fresh).answers(cached), totals);

        assertEquals(fresh, model.chat(request("first event")));
        assertEquals(cached, model.chat(request("second event")));

        assertEquals(1, totals.calls());
        assertEquals(1, totals.cached());
        assertEquals(0, totals.failed());
    }

    @Test
    void aFailedCallIsCountedAsFailedAndItsFailureReachesTheCaller() {
        BriefException missing = new BriefException(ExitCode.MODEL_MISSING, "model 'qwen2.5:7b' is not on the Ollama server");
        IllegalStateException bug = new IllegalStateException("a bug below the counter");
        CallCount.Totals totals = new CallCount.Totals();
        CallCount model = new CallCount(new FakeLanguageModel().fails(missing).fails(bug), totals);

        BriefException thrown = assertThrows(BriefException.class, () -> model.chat(request("an event")));
        IllegalStateException thrownBug = assertThrows(IllegalStateException.class, () -> model.chat(request("another event")));

        assertSame(missing, thrown, "the user sees the model's failure, with its exit code, not a counting error");
        assertSame(bug, thrownBug);
        assertEquals(2, totals.failed(), "the footer counts the calls of events whose briefing failed");
        assertEquals(0, totals.calls());
        assertEquals(0, totals.cached());
    }

    @Test
    void askingTheContextLengthIsNotAModelCall() {
        CallCount.Totals totals = new CallCount.Totals();
        FakeLanguageModel server = new FakeLanguageModel(OptionalInt.of(32768));

        assertEquals(OptionalInt.of(32768), new CallCount(server, totals).contextLength("qwen2.5:7b"));

        assertEquals(1, server.contextLengthAsked());
        assertEquals(0, totals.calls() + totals.cached() + totals.failed());
    }

    @Test
    void callsFromManyEventsAtOnceAreEachCountedOnce() throws Exception {
        int threads = 8;
        int callsPerThread = 50;
        FakeLanguageModel server = new FakeLanguageModel().answersEveryCall(r -> {
            String kind = r.messages().get(0).content();
            if (kind.startsWith("fail")) {
                throw new TransientFailure("Ollama answered HTTP 503");
            }
            return new ModelReply("{\"headline\": \"x\"}", 100, 20, "stop", kind.startsWith("cached"));
        });
        CallCount.Totals totals = new CallCount.Totals();
        // Under --parallel every event has its own model, all counting into the run's one set of totals.
        List<CallCount> models = List.of(new CallCount(server, totals), new CallCount(server, totals));
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<int[]>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                CallCount model = models.get(t % 2);
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    int[] seen = new int[3]; // answered, cached, failed
                    for (int i = 0; i < callsPerThread; i++) {
                        String kind = i % 5 == 0 ? "fail" : i % 5 == 1 ? "cached" : "answer";
                        try {
                            ModelReply reply = model.chat(request(kind + " " + thread + "/" + i));
                            seen[reply.cached() ? 1 : 0]++;
                        } catch (TransientFailure e) {
                            seen[2]++;
                        }
                    }
                    return seen;
                }));
            }
            int[] seen = new int[3];
            for (Future<int[]> f : results) {
                int[] r = f.get(30, TimeUnit.SECONDS);
                for (int k = 0; k < 3; k++) {
                    seen[k] += r[k];
                }
            }

            assertEquals(threads * 30, seen[0], "the callers got this many answers from the server");
            assertEquals(threads * 10, seen[1]);
            assertEquals(threads * 10, seen[2]);
            assertEquals(seen[0], totals.calls(), "every answered call counted once");
            assertEquals(seen[1], totals.cached(), "every cached answer counted once");
            assertEquals(seen[2], totals.failed(), "every failure counted once, and rethrown");
            assertEquals(threads * callsPerThread, server.requests().size());
        } finally {
            pool.shutdownNow();
        }
    }
}
