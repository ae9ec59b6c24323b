package workbook.context;

import java.util.Map;
import java.util.Objects;
import workbook.trace.Clock;
import workbook.trace.IdGenerator;
import workbook.trace.Span;
import workbook.trace.SpanKind;
import workbook.trace.TraceContext;
import workbook.tracer.SpanBody;
import workbook.tracer.SpanSink;

/**
 * Chapter 02's tracer with the concurrency bug fixed: the current context lives in a per-thread
 * {@link ContextStorage} instead of the global {@code Storage}, and every span's context is made
 * current with a {@link Scope} closed by try-with-resources. Two requests handled at the same
 * time, by two processes or two threads, then each see only their own context.
 *
 * <p>The seed's five steps are unchanged: (1) no current sampled context, no span; (2) a child
 * of the current span; (3) its context current for nested calls; (4) {@code success}, or
 * {@code error}, {@code error.message} and an {@code exception} log, and the very same exception
 * rethrown; (5) finish, send to the sink, restore the previous context, on every path. Spans go
 * to the sink given here rather than to a global collector, for the same reason.
 *
 * <p>Thread safety: as safe as its clock, ID generator and sink; the context is per thread. In a
 * simulation, where one process runs at a time, any of them will do.
 */
public final class ScopedTracer implements Tracing {

    private final ContextStorage storage;
    private final Clock clock;
    private final IdGenerator ids;
    private final SpanSink sink;

    /**
     * @param storage where the current context lives
     * @param clock   stamps span times; {@code env::now} in a simulation
     * @param ids     makes trace and span IDs
     * @param sink    receives every finished span, e.g. a collector or a test's {@code List::add}
     */
    public ScopedTracer(ContextStorage storage, Clock clock, IdGenerator ids, SpanSink sink) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** The storage this tracer keeps its context in, to capture it or wrap executors with it. */
    public ContextStorage storage() {
        return storage;
    }

    @Override
    public TraceContext currentContext() {
        return storage.current();
    }

    @Override
    @SuppressWarnings("try") // the scope is only there to be closed
    public <T, E extends Exception> T inContext(TraceContext context, SpanBody<T, E> body) throws E {
        Objects.requireNonNull(body, "body");
        try (Scope scope = storage.attach(context)) {
            return body.run();
        }
    }

    /**
     * Starts a new trace whose root span runs {@code body}. Whatever context is current is
     * ignored while {@code body} runs and current again afterwards.
     *
     * @throws IllegalArgumentException if a name is null or blank
     */
    @Override
    public <T, E extends Exception> T traceRoot(String operationName, String serviceName, SpanKind kind,
                                                SpanBody<T, E> body) throws E {
        requireNames(operationName, serviceName);
        Objects.requireNonNull(body, "body");
        // BEGIN SOLUTION ch07.3
        TraceContext root = TraceContext.root(ids.newTraceId(), ids.newSpanId());
        return runInSpan(Span.start(root, operationName, serviceName, kind, clock), body);
        // END SOLUTION
    }

    /**
     * Runs {@code body} in a child span of this thread's current span.
     *
     * @throws IllegalArgumentException if a name is null or blank, traced or not
     */
    @Override
    public <T, E extends Exception> T inSpan(String operationName, String serviceName, SpanKind kind,
                                             SpanBody<T, E> body) throws E {
        requireNames(operationName, serviceName);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
        // BEGIN SOLUTION ch07.3
        TraceContext current = storage.current();
        if (current == null || !current.sampled()) {
            return body.run();
        }
        Span span = Span.start(current.child(ids.newSpanId()), operationName, serviceName, kind, clock);
        return runInSpan(span, body);
        // END SOLUTION
    }

    /** Steps 3 to 5 for a started span. */
    private <T, E extends Exception> T runInSpan(Span span, SpanBody<T, E> body) throws E {
        // BEGIN SOLUTION ch07.3
        try {
            T result = inContext(span.context(), body);
            span.tag("success", true);
            return result;
        } catch (Throwable failure) {
            recordFailure(span, failure);
            throw failure;
        } finally {
            span.finish();
            sink.accept(span.toData());
        }
        // END SOLUTION
    }

    /** Step 4 on failure, as in chapter 02: {@code error}, {@code error.message}, an {@code exception} log. */
    private static void recordFailure(Span span, Throwable failure) {
        String message = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getName();
        span.tag("error", true);
        span.tag("error.message", message);
        span.log("exception", Map.of("exception.type", failure.getClass().getName(), "exception.message", message));
    }

    private static void requireNames(String operationName, String serviceName) {
        requireName(operationName, "operationName");
        requireName(serviceName, "serviceName");
    }

    private static void requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank, got "
                    + (name == null ? "null" : "'" + name + "'"));
        }
    }
}
