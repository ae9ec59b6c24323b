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
        // BEGIN SOLUTION ch07.4
        return () -> {
            try (Scope scope = makeCurrent()) {
                task.run();
            }
        };
        // END SOLUTION
    }

    /** {@code task}, run in the captured context on whichever thread runs it. */
    @SuppressWarnings("try")
    public <V> Callable<V> wrap(Callable<V> task) {
        Objects.requireNonNull(task, "task");
        // BEGIN SOLUTION ch07.4
        return () -> {
            try (Scope scope = makeCurrent()) {
                return task.call();
            }
        };
        // END SOLUTION
    }

    /**
     * {@code function} run in the captured context: for a {@code CompletableFuture} stage such as
     * {@code thenApplyAsync(snapshot.wrapFunction(f), pool)}, which runs on a thread that has
     * nothing to do with the code that built the pipeline.
     */
    @SuppressWarnings("try")
    public <T, R> Function<T, R> wrapFunction(Function<T, R> function) {
        Objects.requireNonNull(function, "function");
        // BEGIN SOLUTION ch07.6
        return value -> {
            try (Scope scope = makeCurrent()) {
                return function.apply(value);
            }
        };
        // END SOLUTION
    }

    /** {@code supplier} run in the captured context, e.g. for {@code CompletableFuture.supplyAsync}. */
    @SuppressWarnings("try")
    public <T> Supplier<T> wrapSupplier(Supplier<T> supplier) {
        Objects.requireNonNull(supplier, "supplier");
        // BEGIN SOLUTION ch07.6
        return () -> {
            try (Scope scope = makeCurrent()) {
                return supplier.get();
            }
        };
        // END SOLUTION
    }

    /** {@code consumer} run in the captured context, e.g. for {@code thenAcceptAsync}. */
    @SuppressWarnings("try")
    public <T> Consumer<T> wrapConsumer(Consumer<T> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        // BEGIN SOLUTION ch07.6
        return value -> {
            try (Scope scope = makeCurrent()) {
                consumer.accept(value);
            }
        };
        // END SOLUTION
    }
}
