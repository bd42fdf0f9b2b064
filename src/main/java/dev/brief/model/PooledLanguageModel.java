package dev.brief.model;

import dev.brief.BriefException;
import dev.brief.ExitCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Several servers with the same model as one: each call goes to a healthy server with a free slot
 * (at most {@code slots} calls at a time on each), the least busy first. A server that fails in a
 * way that is the server's own (unreachable, no such model, refused key, stalled or broken after its
 * retries) is taken out for the rest of the run, said once, and the call goes to another server. The
 * last healthy server is never taken out: its failures reach the caller as they would without a pool,
 * so the run fails only when every server has failed.
 */
public final class PooledLanguageModel implements LanguageModel {
    /** One server of the pool: the name the user knows it by (its URL) and its client. */
    public record Server(String name, LanguageModel model) {}

    /** A server taken out of the pool, and the one-line reason. */
    public record TakenOut(String name, String reason) {}

    private static final class Member {
        final Server server;
        int busy;
        boolean out;

        Member(Server server) {
            this.server = server;
        }
    }

    private final List<Member> members = new ArrayList<>();
    private final int slots;
    private final Consumer<String> notice;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition freed = lock.newCondition();
    private final List<TakenOut> takenOut = new ArrayList<>();
    /** The servers that answered each thread's calls since it last asked, for "which server briefed an event". */
    private final ThreadLocal<Set<String>> answeredBy = ThreadLocal.withInitial(LinkedHashSet::new);
    private int next;

    /**
     * @param slots  calls at a time on each server ({@code --parallel})
     * @param notice told once about each server taken out
     */
    public PooledLanguageModel(List<Server> servers, int slots, Consumer<String> notice) {
        if (servers.isEmpty() || slots < 1) {
            throw new IllegalArgumentException("a pool needs a server and a slot");
        }
        servers.forEach(s -> members.add(new Member(s)));
        this.slots = slots;
        this.notice = notice;
    }

    @Override
    public ModelReply chat(ModelRequest request) {
        while (true) {
            Member m = acquire();
            try {
                ModelReply reply = m.server.model().chat(request);
                answeredBy.get().add(m.server.name());
                return reply;
            } catch (BriefException e) {
                if (!isServersFault(e) || !takeOut(m, e)) {
                    throw e;
                }
            } finally {
                release(m);
            }
        }
    }

    /**
     * The smallest context length the healthy servers report, so that a prompt fits whichever one
     * gets it; a server that cannot say is left out.
     */
    @Override
    public OptionalInt contextLength(String model) {
        OptionalInt smallest = OptionalInt.empty();
        BriefException failure = null;
        for (Member m : healthy()) {
            try {
                OptionalInt length = m.server.model().contextLength(model);
                if (length.isPresent() && (smallest.isEmpty() || length.getAsInt() < smallest.getAsInt())) {
                    smallest = length;
                }
            } catch (BriefException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (smallest.isEmpty() && failure != null) {
            throw failure;
        }
        return smallest;
    }

    /** The names of the servers that answered this thread's calls since it last asked; clears the record. */
    public List<String> takeAnsweredBy() {
        List<String> out = List.copyOf(answeredBy.get());
        answeredBy.get().clear();
        return out;
    }

    public int size() {
        return members.size();
    }

    /** The servers taken out so far, in the order they failed. */
    public List<TakenOut> takenOut() {
        lock.lock();
        try {
            return List.copyOf(takenOut);
        } finally {
            lock.unlock();
        }
    }

    /** A failure that says something about the server rather than about the request. */
    static boolean isServersFault(BriefException e) {
        return e.exitCode() == ExitCode.UNREACHABLE || e.exitCode() == ExitCode.MODEL_MISSING
                || e.exitCode() == ExitCode.SERVER || e.exitCode() == ExitCode.AUTH;
    }

    /** The least busy healthy server with a free slot, waiting for one when all are busy; starts after the last one chosen. */
    private Member acquire() {
        lock.lock();
        try {
            while (true) {
                Member best = null;
                for (int i = 0; i < members.size(); i++) {
                    Member m = members.get((next + i) % members.size());
                    if (!m.out && m.busy < slots && (best == null || m.busy < best.busy)) {
                        best = m;
                    }
                }
                if (best != null) {
                    best.busy++;
                    next = (members.indexOf(best) + 1) % members.size();
                    return best;
                }
                try {
                    freed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new BriefException(ExitCode.SERVER, "interrupted while waiting for a free model server");
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void release(Member m) {
        lock.lock();
        try {
            m.busy--;
            freed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Takes a failed server out, unless it is the last healthy one; true when the call may go elsewhere. */
    private boolean takeOut(Member m, BriefException e) {
        String remaining;
        lock.lock();
        try {
            if (m.out) {
                return true; // another call on it failed first and said so
            }
            long healthy = members.stream().filter(x -> !x.out).count();
            if (healthy <= 1) {
                return false;
            }
            m.out = true;
            takenOut.add(new TakenOut(m.server.name(), e.getMessage()));
            remaining = (healthy - 1) + " other server" + (healthy - 1 == 1 ? "" : "s");
            freed.signalAll();
        } finally {
            lock.unlock();
        }
        notice.accept("server " + m.server.name() + " is taken out of the pool for this run (" + e.getMessage()
                + "); its events go to the " + remaining);
        return true;
    }

    private List<Member> healthy() {
        lock.lock();
        try {
            return members.stream().filter(m -> !m.out).toList();
        } finally {
            lock.unlock();
        }
    }
}
