package dev.brief.engine.llm;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * An event's calls that do not wait for each other (its map calls, the merge calls of one level),
 * run at once on up to {@code --parallel} threads. How many reach the server at once across the
 * whole run is {@link ModelCalls}'s to limit.
 */
final class Concurrently {
    private Concurrently() {}

    /** The results in the order of the tasks; the first failure, in that order, is thrown and the rest cancelled. */
    static <T> List<T> all(int parallel, List<Supplier<T>> tasks) {
        if (parallel <= 1 || tasks.size() <= 1) {
            return tasks.stream().map(Supplier::get).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, tasks.size()), r -> {
            Thread t = new Thread(r, "brief-call");
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
