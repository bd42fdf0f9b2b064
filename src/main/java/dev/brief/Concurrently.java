package dev.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Tasks that do not wait for each other (a day's events, an event's map calls, the merge calls of
 * one level), run at once on up to {@code --parallel} threads. How many calls reach a server at once
 * is the model client's to limit.
 */
public final class Concurrently {
    private Concurrently() {}

    /**
     * The results in the order of the tasks; the first failure, in that order, is thrown and the rest cancelled.
     *
     * @param threadName what the threads are called in a thread dump
     */
    public static <T> List<T> all(int parallel, String threadName, List<Supplier<T>> tasks) {
        if (parallel <= 1 || tasks.size() <= 1) {
            return tasks.stream().map(Supplier::get).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, tasks.size()), r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Supplier<T> task : tasks) {
                futures.add(pool.submit(task::get));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BriefException(ExitCode.SERVER, "interrupted; the answers received so far are cached, so a rerun asks only for the rest");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
