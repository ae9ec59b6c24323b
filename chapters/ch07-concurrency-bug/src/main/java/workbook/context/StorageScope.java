package workbook.context;

import workbook.trace.TraceContext;

/**
 * The {@link Scope} of {@link ContextStorage}: one entry of a thread's stack of open scopes.
 * It remembers the scope it replaced ({@code previous}), which closing it restores.
 *
 * <p>Misuse fails loudly rather than corrupting the stack, as OpenTelemetry's strict context
 * storage does in tests. A scope closed while scopes opened inside it are still open (they
 * leaked: someone forgot to close them) closes them too, so the thread is clean afterwards,
 * and then reports them. A scope closed on another thread is refused: that thread's slot is
 * not this scope's.
 *
 * <p>Thread safety: confined to the thread that opened it, which {@link #close()} checks.
 */
final class StorageScope implements Scope {

    private final ContextStorage storage;
    private final TraceContext context;
    private final StorageScope previous;
    private final Thread owner = Thread.currentThread();
    private boolean closed;

    StorageScope(ContextStorage storage, TraceContext context, StorageScope previous) {
        this.storage = storage;
        this.context = context;
        this.previous = previous;
    }

    /** The context this scope made current; null for "no context". */
    TraceContext context() {
        return context;
    }

    @Override
    public void close() {
        // TODO ch07.2: Close a scope: restore the previous context, refuse misuse
        //   Hint: Closing puts the scope this one replaced back in the slot; storage.restore(previous) does it, and empties the slot for null (docs/ch07-concurrency-bug.md#ch072).
        throw new UnsupportedOperationException("TODO ch07.2: Close a scope: restore the previous context, refuse misuse");
    }

    @Override
    public String toString() {
        return "Scope(" + describe(context) + (closed ? ", closed)" : ", open)");
    }

    static String describe(TraceContext context) {
        return context == null ? "no context" : "span " + context.spanId() + " of trace " + context.traceId();
    }
}
