package workbook.context;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import workbook.trace.TraceContext;

/**
 * Where the current trace context lives: one slot per thread, so that two requests handled on
 * two threads never see each other's context. It replaces chapter 02's global {@code Storage},
 * whose single slot two simultaneous requests share, and it is what OpenTelemetry's
 * {@code ThreadLocalContextStorage} does. In a simulation every process runs on its own thread,
 * so the slot is per process.
 *
 * <p>A context is made current with a {@link Scope}, and the scope's {@code close()} puts back
 * the one it replaced. The slot holds the thread's innermost open scope, and each scope
 * remembers the scope it replaced, so the open scopes of a thread form a stack:
 *
 * <pre>{@code
 * try (Scope scope = storage.attach(child)) {
 *     storage.current();   // child, on this thread only
 * }
 * storage.current();       // what it was before, also if the block threw
 * }</pre>
 *
 * <p>Work handed to another thread does not take the context with it: carry it with
 * {@link #capture()} and {@link ContextSnapshot#wrap(Runnable)}, or submit through
 * {@link #wrap(ExecutorService)}.
 *
 * <p>Why an instance and not static methods: each storage has its own thread-local slot, so a
 * test or a simulation that starts from a fresh storage can never inherit a context that other
 * code left behind in a reused thread. A program uses one storage for its tracer and executors.
 *
 * <p>Thread safety: thread-safe; each thread sees only its own slot.
 */
public final class ContextStorage {

    /** Each thread's innermost open scope; no value when the thread has none open. */
    private final ThreadLocal<StorageScope> innermost = new ThreadLocal<>();

    /**
     * The context current on the calling thread: the one attached by its innermost open scope,
     * or {@code null} when it has none (or that scope attached {@code null}).
     */
    public TraceContext current() {
        // BEGIN SOLUTION ch07.1
        StorageScope scope = innermost.get();
        return scope == null ? null : scope.context();
        // END SOLUTION
    }

    /**
     * Makes {@code context} current on the calling thread until the returned scope is closed;
     * no other thread is affected. Attaching {@code null} runs the code inside the scope with no
     * context, for work that must not be traced as part of the caller's trace.
     */
    public Scope attach(TraceContext context) {
        // BEGIN SOLUTION ch07.1
        StorageScope scope = new StorageScope(this, context, innermost.get());
        innermost.set(scope);
        return scope;
        // END SOLUTION
    }

    /** The calling thread's current context, to be made current later, on any thread. */
    public ContextSnapshot capture() {
        return new ContextSnapshot(this, current());
    }

    /**
     * An executor service that runs each task in the context that was current on the thread that
     * submitted it, and then restores the worker thread's own. Shutting it down shuts down
     * {@code executor}.
     */
    public ExecutorService wrap(ExecutorService executor) {
        return new ContextExecutorService(this, Objects.requireNonNull(executor, "executor"));
    }

    /** The calling thread's innermost open scope, or null: for {@link StorageScope#close()}. */
    StorageScope innermostScope() {
        return innermost.get();
    }

    /**
     * Makes {@code scope} the calling thread's innermost open scope; {@code null} empties the
     * slot entirely, so a pooled thread keeps no entry once its work is done.
     */
    void restore(StorageScope scope) {
        if (scope == null) {
            innermost.remove();
        } else {
            innermost.set(scope);
        }
    }
}
