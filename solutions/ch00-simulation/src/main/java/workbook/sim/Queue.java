package workbook.sim;

import java.util.ArrayDeque;
import java.util.Objects;

/**
 * An unbounded first-in, first-out channel between processes, like asimpy's {@code Queue}: a
 * service's inbox, a client's reply box, a collector's span queue.
 *
 * <p>{@link #put} never blocks; {@link #get} blocks the calling process until an item is there.
 * Waiting processes are served in the order they started waiting, and an item put for a waiting
 * process is handed to it directly, so no other process can take it first.
 *
 * <p>The name is the seed's, kept on purpose although {@link java.util.Queue} exists (see
 * docs/ch00-simulation.md); this is a channel between processes, not a collection.
 *
 * <p>Thread safety: not thread-safe on its own; it is safe because only the process holding
 * its environment's baton (or the test thread before {@code run()}) may use it.
 *
 * @param <T> the type of the items, e.g. a request or a span
 */
public final class Queue<T> {

    private final Scheduler scheduler;
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private final ArrayDeque<Getter<T>> getters = new ArrayDeque<>();

    /** Creates an empty queue whose waiting processes are resumed by {@code env}. */
    public Queue(Environment env) {
        this.scheduler = Objects.requireNonNull(env, "env").scheduler();
    }

    /**
     * Adds {@code item} and, if a process is waiting in {@link #get()}, wakes the one that has
     * waited longest; it resumes at the current time, once the caller blocks. Also allowed from
     * outside any process while the environment is not running, e.g. to fill an inbox before
     * {@code run()}.
     *
     * @throws NullPointerException  if item is null (null would be ambiguous in logs)
     * @throws IllegalStateException if called from outside a process while the environment runs
     */
    public void put(T item) {
        Objects.requireNonNull(item, "item");
        scheduler.requireNotRunningElsewhere("put()");
        Getter<T> getter = getters.poll();
        if (getter == null) {
            items.add(item);
        } else {
            getter.item = item;
            scheduler.wake(getter.process);
        }
    }

    /**
     * Takes the oldest item, blocking the calling process until there is one; as asimpy's
     * {@code await queue.get()}.
     *
     * @throws IllegalStateException if not called from inside a running process
     */
    public T get() {
        ProcessThread caller = scheduler.requireRunningProcess("get()");
        caller.throwIfEnding();
        if (!items.isEmpty()) {
            return items.poll();
        }
        Getter<T> getter = new Getter<>(caller);
        getters.add(getter);
        try {
            caller.block();
        } catch (ProcessEnded ended) {
            getters.remove(getter);
            throw ended;
        }
        return getter.item;
    }

    /** How many items are waiting to be taken (not how many processes wait for one). */
    public int size() {
        return items.size();
    }

    /** True when no item is waiting; a {@link #get()} now would block. */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** For debugging, e.g. {@code Queue[items=2, waiting processes=0]}. */
    @Override
    public String toString() {
        return "Queue[items=" + items.size() + ", waiting processes=" + getters.size() + "]";
    }

    /** A process blocked in {@link #get()}, and the item handed to it once there is one. */
    private static final class Getter<T> {
        private final ProcessThread process;
        private T item;

        private Getter(ProcessThread process) {
            this.process = process;
        }
    }
}
