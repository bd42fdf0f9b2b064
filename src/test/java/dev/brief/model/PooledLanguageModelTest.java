package dev.brief.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import dev.brief.domain.GenerationOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The pool: each call to a healthy server with a free slot, failed servers taken out once, the last one never. */
class PooledLanguageModelTest {
    static final ModelRequest REQUEST = new ModelRequest("qwen2.5:7b", List.of(ChatTurn.user("Brief these articles.")), "{}",
            new GenerationOptions(4096, 0.0, 42, 2048), 100);
    static final ModelReply ANSWER = new ModelReply("{\"headline\": \"x\"}", 100, 20, "stop", false);

    final List<String> notices = Collections.synchronizedList(new ArrayList<>());

    /** A server that answers every call, and counts how many it holds at once. */
    static final class Counting implements LanguageModel {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger now = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final CountDownLatch release;
        final OptionalInt length;

        Counting(CountDownLatch release, OptionalInt length) {
            this.release = release;
            this.length = length;
        }

        @Override
        public ModelReply chat(ModelRequest request) {
            calls.incrementAndGet();
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                now.decrementAndGet();
            }
            return ANSWER;
        }

        @Override
        public OptionalInt contextLength(String model) {
            return length;
        }
    }

    private PooledLanguageModel pool(int slots, LanguageModel... servers) {
        List<PooledLanguageModel.Server> list = new ArrayList<>();
        for (int i = 0; i < servers.length; i++) {
            list.add(new PooledLanguageModel.Server("http://gpu" + (i + 1) + ":8000/v1", servers[i]));
        }
        return new PooledLanguageModel(list, slots, notices::add);
    }

    @Test
    void callsSpreadOverTheServersAndNoServerHoldsMoreThanItsSlots() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Counting a = new Counting(release, OptionalInt.empty());
        Counting b = new Counting(release, OptionalInt.empty());
        PooledLanguageModel pool = pool(2, a, b);
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<ModelReply>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(threads.submit(() -> pool.chat(REQUEST)));
            }
            Thread.sleep(500); // four calls take the four slots, two wait
            assertEquals(2, a.now.get());
            assertEquals(2, b.now.get());
            release.countDown();
            for (Future<ModelReply> f : calls) {
                assertSame(ANSWER, f.get(10, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(6, a.calls.get() + b.calls.get());
        assertEquals(2, a.most.get(), "slots per server");
        assertEquals(2, b.most.get(), "slots per server");
    }

    @Test
    void aFailedServerIsTakenOutOnceAndItsCallsGoToTheOthers() {
        FakeLanguageModel down = new FakeLanguageModel().fails(new BriefException(ExitCode.UNREACHABLE, "cannot reach the server at http://gpu1:8000/v1 (connection refused); start it"));
        FakeLanguageModel up = new FakeLanguageModel().answersEveryCall(r -> ANSWER);
        PooledLanguageModel pool = pool(1, down, up);

        for (int i = 0; i < 4; i++) {
            assertSame(ANSWER, pool.chat(REQUEST));
        }

        assertEquals(1, down.requests().size(), "asked once, then out of the pool");
        assertEquals(4, up.requests().size());
        assertEquals(1, notices.size(), notices.toString());
        assertEquals("server http://gpu1:8000/v1 is taken out of the pool for this run (cannot reach the server at http://gpu1:8000/v1"
                + " (connection refused); start it); its events go to the 1 other server", notices.get(0));
        assertEquals(List.of(new PooledLanguageModel.TakenOut("http://gpu1:8000/v1",
                "cannot reach the server at http://gpu1:8000/v1 (connection refused); start it")), pool.takenOut());
    }

    @Test
    void theLastServerIsNeverTakenOutSoItsFailuresReachTheCaller() {
        BriefException timeout = new BriefException(ExitCode.SERVER, "the server sent nothing for 600 s");
        FakeLanguageModel only = new FakeLanguageModel().fails(timeout).answers(ANSWER);
        PooledLanguageModel pool = pool(1, only);

        assertSame(timeout, assertThrows(BriefException.class, () -> pool.chat(REQUEST)));
        assertSame(ANSWER, pool.chat(REQUEST), "the next call still goes to it");
        assertEquals(List.of(), notices);
        assertEquals(List.of(), pool.takenOut());
    }

    @Test
    void whenEveryServerFailsTheLastFailureIsTheCallers() {
        FakeLanguageModel a = new FakeLanguageModel().fails(new BriefException(ExitCode.UNREACHABLE, "cannot reach a"));
        FakeLanguageModel b = new FakeLanguageModel().fails(new BriefException(ExitCode.UNREACHABLE, "cannot reach b"));
        PooledLanguageModel pool = pool(1, a, b);

        BriefException e = assertThrows(BriefException.class, () -> pool.chat(REQUEST));

        assertEquals("cannot reach b", e.getMessage());
        assertEquals(1, pool.takenOut().size());
    }

    @Test
    void aFailureOfTheRequestItselfIsNotTheServers() {
        BriefException tooLong = new BriefException(ExitCode.CONTEXT, "the prompt does not fit");
        FakeLanguageModel a = new FakeLanguageModel().fails(tooLong);
        FakeLanguageModel b = new FakeLanguageModel().answersEveryCall(r -> ANSWER);
        PooledLanguageModel pool = pool(1, a, b);

        assertSame(tooLong, assertThrows(BriefException.class, () -> pool.chat(REQUEST)));
        assertEquals(List.of(), pool.takenOut());
        assertEquals(0, b.requests().size(), "not tried elsewhere: it would not fit there either");
    }

    @Test
    void eachThreadLearnsWhichServersAnsweredItsCalls() {
        FakeLanguageModel a = new FakeLanguageModel().answersEveryCall(r -> ANSWER);
        FakeLanguageModel b = new FakeLanguageModel().answersEveryCall(r -> ANSWER);
        PooledLanguageModel pool = pool(1, a, b);

        pool.chat(REQUEST);
        pool.chat(REQUEST);

        assertEquals(List.of("http://gpu1:8000/v1", "http://gpu2:8000/v1"), pool.takeAnsweredBy(), "one after the other when both are free");
        assertEquals(List.of(), pool.takeAnsweredBy(), "taking clears");
    }

    @Test
    void theContextLengthIsTheSmallestAnyServerReports() {
        PooledLanguageModel pool = pool(1, new FakeLanguageModel(OptionalInt.of(32768)), new FakeLanguageModel(OptionalInt.of(8192)),
                new FakeLanguageModel(OptionalInt.empty()));

        assertEquals(OptionalInt.of(8192), pool.contextLength("qwen2.5:7b"));
    }

    @Test
    void theRetryLayerUnderThePoolGetsItsTriesBeforeAServerIsTakenOut() {
        FakeLanguageModel flaky = new FakeLanguageModel().fails(new TransientFailure("HTTP 503", null, java.time.Duration.ZERO)).answers(ANSWER);
        FakeLanguageModel other = new FakeLanguageModel().answersEveryCall(r -> ANSWER);
        PooledLanguageModel pool = pool(1, new RetryingLanguageModel(flaky, 2, java.time.Duration.ofHours(1)), other);

        assertSame(ANSWER, pool.chat(REQUEST));

        assertEquals(2, flaky.requests().size());
        assertTrue(pool.takenOut().isEmpty());
    }
}
