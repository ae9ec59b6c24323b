package workbook.sampling;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import workbook.trace.Clock;
import workbook.trace.IdGenerator;
import workbook.trace.Span;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.TraceContext;

/**
 * A tracer that samples at the head: the service that starts a request asks the
 * {@link Sampler} once ({@link #traceRoot}), and the answer travels with the request in
 * {@link TraceContext#sampled()}. Every later step ({@link #inSpan}) only reads that flag.
 *
 * <p>The seed marks an unsampled request with no context at all, so a service downstream
 * cannot tell "not sampled" from "no trace yet" and decides again. Here the unsampled
 * request keeps a context (its trace ID and the flag, as W3C Trace Context propagates
 * them) and each step passes that same object on: it records no span, draws no ID and
 * builds no context, so an unsampled request costs almost nothing.
 *
 * <p>The context is passed explicitly rather than through chapter 02's global
 * {@code Storage}, to keep the sampling logic in plain sight.
 *
 * <p>Not thread-safe: use it from one thread at a time, such as the processes of one
 * simulation.
 */
public final class RequestTracer {

    private final Sampler sampler;
    private final IdGenerator ids;
    private final Clock clock;
    private final Consumer<SpanData> sink;

    /**
     * @param sampler decides, once per trace, whether it is recorded
     * @param ids     makes trace and span IDs
     * @param clock   stamps spans, e.g. {@code env::now}
     * @param sink    receives every finished span of a sampled trace
     */
    public RequestTracer(Sampler sampler, IdGenerator ids, Clock clock, Consumer<SpanData> sink) {
        this.sampler = Objects.requireNonNull(sampler, "sampler");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * Starts a new trace and runs {@code work} in its root span. This is where head sampling
     * happens: the sampler is asked once, with the new trace ID, and its answer becomes the
     * root context's sampled flag. A sampled trace records the root span (no parent); an
     * unsampled one records nothing, but {@code work} still gets the context to pass on.
     */
    public <T, E extends Exception> T traceRoot(String operationName, String serviceName, SpanKind kind,
                                                TracedWork<T, E> work) throws E {
        // BEGIN SOLUTION ch05.5
        String traceId = ids.newTraceId();
        boolean sampled = sampler.shouldSample(traceId);
        TraceContext root = new TraceContext(traceId, ids.newSpanId(), null, sampled, Map.of());
        if (!sampled) {
            return work.run(root);
        }
        return record(root, operationName, serviceName, kind, work);
        // END SOLUTION
    }

    /**
     * Runs {@code work} as a child span of {@code parent}'s span when the trace is sampled.
     * When it is not, {@code work} runs with {@code parent} itself: no span, no new ID, no
     * new context.
     */
    public <T, E extends Exception> T inSpan(TraceContext parent, String operationName, String serviceName,
                                             SpanKind kind, TracedWork<T, E> work) throws E {
        Objects.requireNonNull(parent, "parent context (use traceRoot to start a trace)");
        // BEGIN SOLUTION ch05.6
        if (!parent.sampled()) {
            return work.run(parent);
        }
        return record(parent.child(ids.newSpanId()), operationName, serviceName, kind, work);
        // END SOLUTION
    }

    /**
     * Records the span whose context is {@code context} around {@code work}: finished and
     * sent on every path, tagged {@code error} when the work throws (chapter 02 does the same).
     */
    private <T, E extends Exception> T record(TraceContext context, String operationName, String serviceName,
                                              SpanKind kind, TracedWork<T, E> work) throws E {
        Span span = Span.start(context, operationName, serviceName, kind, clock);
        try {
            return work.run(context);
        } catch (Exception | Error failure) {
            span.tag("error", true);
            span.tag("error.message", failure.getMessage() != null ? failure.getMessage() : failure.toString());
            throw failure;
        } finally {
            span.finish();
            sink.accept(span.toData());
        }
    }
}
