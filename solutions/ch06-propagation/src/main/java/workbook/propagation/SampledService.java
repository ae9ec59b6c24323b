package workbook.propagation;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import workbook.sim.Environment;
import workbook.sim.Process;
import workbook.sim.Queue;
import workbook.trace.Span;
import workbook.trace.SpanKind;
import workbook.trace.TraceContext;
import workbook.tracer.ServiceResponse;

/**
 * The seed's {@code SampledService}: a simulated service that reads the trace context from
 * each request's headers, records a span only for sampled traces, and calls an optional
 * downstream service with its own span's context in the headers.
 *
 * <p>The sampling decision is made once, by the service that starts the trace (the one
 * whose request carries no context), and then travels in the headers; every later service
 * follows it. An unsampled trace still has IDs and still sends headers (with the sampled
 * flag off), so nobody downstream decides again.
 *
 * <p>Two of the seed's bugs are fixed here. Its starting service makes a context for the
 * new trace and then a span that is that context's child, so the first span's parent is
 * an ID no span has (an orphan, and a trace without a root). And it sends no context at
 * all for an unsampled trace, so the next service samples it again.
 *
 * <p>Thread safety: a simulation process, confined to its environment's baton.
 */
public final class SampledService extends Process {

    private final String serviceName;
    private final ServiceTracing tracing;
    private final SampledService downstream;
    private final Queue<PropagatedRequest> requestQueue;

    /** A service that calls no other, such as the database at the end of a chain. */
    public SampledService(Environment env, String serviceName, ServiceTracing tracing) {
        this(env, serviceName, tracing, null);
    }

    /**
     * A service that calls {@code downstream} once for every request it handles.
     *
     * @param downstream the next service, or {@code null} for none
     */
    public SampledService(Environment env, String serviceName, ServiceTracing tracing, SampledService downstream) {
        super(env, serviceName);
        this.serviceName = serviceName;
        this.tracing = Objects.requireNonNull(tracing, "tracing");
        this.downstream = downstream;
        this.requestQueue = new Queue<>(env);
    }

    /** Where callers put their requests. */
    public Queue<PropagatedRequest> requestQueue() {
        return requestQueue;
    }

    /** The operation name of this service's spans, such as {@code ServiceA.handle}. */
    public String operationName() {
        return serviceName + ".handle";
    }

    @Override
    protected void run() {
        while (true) {
            handle(requestQueue.get());
        }
    }

    private void handle(PropagatedRequest request) {
        TraceContext context = spanContext(tracing.propagator().extract(request.headers()));
        Span span = context.sampled()
                ? Span.start(context, operationName(), serviceName, SpanKind.SERVER, this::now)
                : null;

        timeout(env().uniform(0.1, 0.3));

        if (downstream != null) {
            Headers headers = tracing.propagator().inject(context, Headers.empty());
            log("%s -> %s: %s", serviceName, downstream.name(), headers);
            Queue<ServiceResponse> replies = new Queue<>(env());
            downstream.requestQueue().put(new PropagatedRequest(request.requestId(), request.payload(), headers, replies));
            replies.get();
        }

        if (span != null) {
            span.finish();
            tracing.sink().accept(span.toData());
            log("%s: recorded span %s (trace %s, parent %s)", serviceName, span.spanId(), span.traceId(),
                    span.parentSpanId() == null ? "none: root" : span.parentSpanId());
        } else {
            log("%s: trace %s is not sampled, no span recorded", serviceName, context.traceId());
        }
        request.responseQueue().put(new ServiceResponse(request.requestId(), true, serviceName + " ok"));
    }

    /**
     * The context of the span this service records (or, for an unsampled trace, would
     * record) for a request whose headers carried {@code caller}.
     *
     * <p>With a caller, the span continues the caller's trace as a child of the caller's
     * span and keeps the caller's sampling decision. Without one, this service starts a
     * trace: a new trace ID, asked of the sampler once, and a span that is the trace's root.
     */
    TraceContext spanContext(Optional<TraceContext> caller) {
        // BEGIN SOLUTION ch06.6
        if (caller.isPresent()) {
            return caller.get().child(tracing.ids().newSpanId());
        }
        String traceId = tracing.ids().newTraceId();
        return new TraceContext(traceId, tracing.ids().newSpanId(), null, tracing.sampler().shouldSample(traceId),
                Map.of());
        // SKELETON
        // if (caller.isPresent()) {
        //     return caller.get().child(tracing.ids().newSpanId());
        // }
        // // The seed: a context for the new trace, then this service's span as its child.
        // String traceId = tracing.ids().newTraceId();
        // TraceContext started = TraceContext.root(traceId, tracing.ids().newSpanId())
        //         .withSampled(tracing.sampler().shouldSample(traceId));
        // return started.child(tracing.ids().newSpanId());
        // END SOLUTION
    }

    private void log(String format, Object... args) {
        tracing.log().printf(Locale.ROOT, "[%.2f] %s%n", now(), String.format(Locale.ROOT, format, args));
    }

}
