package workbook.context;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import workbook.trace.TraceContext;

/**
 * A context captured on one thread, to be made current on another: what a task needs to carry
 * its request's context across an executor hand-off, since a {@code ThreadLocal} stays behind
 * on the thread that set it. {@link ContextStorage#capture()} takes one; OpenTelemetry's
 * {@code Context.current().wrap(runnable)} and Micrometer's {@code ContextSnapshot} are the same
 * idea.
 *
 * <p>Every wrapper makes the captured context current for exactly the duration of one call and
 * then restores whatever the running thread had before, so a pooled thread, which runs the tasks
 * of many requests one after another, never carries one request's context into the next.
 * Capture when the work is handed off, not when it runs: by then the running thread's context
 * is someone else's, or none.
 *
 * <p>Thread safety: immutable; the wrappers may run on any thread, any number of times.
 *
 * @param storage where the context is made current
 * @param context the captured context; {@code null} when there was none, and then the wrapped
 *                work runs with none
 */
public record ContextSnapshot(ContextStorage storage, TraceContext context) {

    public ContextSnapshot {
        Objects.requireNonNull(storage, "storage");
    }

    /** Makes the captured context current on the calling thread until the scope is closed. */
    public Scope makeCurrent() {
        return storage.attach(context);
    }

    /** {@code task}, run in the captured context on whichever thread runs it. */
    @SuppressWarnings("try") // the scope is only there to be closed
    public Runnable wrap(Runnable task) {
        Objects.requireNonNull(task, "task");
        // TODO ch07.4: Carry a context into a Runnable or Callable
        //   Hint: A ThreadLocal stays on the thread that set it: the task must make the captured context current itself, on the thread that runs it (docs/ch07-concurrency-bug.md#ch074).
        throw new UnsupportedOperationException("TODO ch07.4: Carry a context into a Runnable or Callable");
    }

    /** {@code task}, run in the captured context on whichever thread runs it. */
    @SuppressWarnings("try")
    public <V> Callable<V> wrap(Callable<V> task) {
        Objects.requireNonNull(task, "task");
        // TODO ch07.4: Carry a context into a Runnable or Callable
        //   Hint: A ThreadLocal stays on the thread that set it: the task must make the captured context current itself, on the thread that runs it (docs/ch07-concurrency-bug.md#ch074).
        throw new UnsupportedOperationException("TODO ch07.4: Carry a context into a Runnable or Callable");
    }

    /**
     * {@code function} run in the captured context: for a {@code CompletableFuture} stage such as
     * {@code thenApplyAsync(snapshot.wrapFunction(f), pool)}, which runs on a thread that has
     * nothing to do with the code that built the pipeline.
     */
    @SuppressWarnings("try")
    public <T, R> Function<T, R> wrapFunction(Function<T, R> function) {
        Objects.requireNonNull(function, "function");
        // TODO ch07.6: Carry a context into CompletableFuture stages
        //   Hint: A stage runs on whichever thread completes the stage before it, or on the pool you name: capture the context when you build the pipeline (docs/ch07-concurrency-bug.md#ch076).
        throw new UnsupportedOperationException("TODO ch07.6: Carry a context into CompletableFuture stages");
    }

    /** {@code supplier} run in the captured context, e.g. for {@code CompletableFuture.supplyAsync}. */
    @SuppressWarnings("try")
    public <T> Supplier<T> wrapSupplier(Supplier<T> supplier) {
        Objects.requireNonNull(supplier, "supplier");
        // TODO ch07.6: Carry a context into CompletableFuture stages
        //   Hint: A stage runs on whichever thread completes the stage before it, or on the pool you name: capture the context when you build the pipeline (docs/ch07-concurrency-bug.md#ch076).
        throw new UnsupportedOperationException("TODO ch07.6: Carry a context into CompletableFuture stages");
    }

    /** {@code consumer} run in the captured context, e.g. for {@code thenAcceptAsync}. */
    @SuppressWarnings("try")
    public <T> Consumer<T> wrapConsumer(Consumer<T> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        // TODO ch07.6: Carry a context into CompletableFuture stages
        //   Hint: A stage runs on whichever thread completes the stage before it, or on the pool you name: capture the context when you build the pipeline (docs/ch07-concurrency-bug.md#ch076).
        throw new UnsupportedOperationException("TODO ch07.6: Carry a context into CompletableFuture stages");
    }
}
