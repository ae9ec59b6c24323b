package workbook.propagation;

import java.util.Map;
import java.util.Objects;
import workbook.trace.TraceContext;

/**
 * A span's context in W3C terms: the workbook's {@link TraceContext} plus the two things
 * only the W3C headers carry, the random-trace-id flag and the {@code tracestate} list. A
 * service that continues a trace another system started must send both on as it received
 * them, which a bare {@code TraceContext} could not remember. OpenTelemetry keeps the same
 * three together in its {@code SpanContext} (trace flags and trace state).
 *
 * <p>Immutable.
 *
 * @param context       the trace, the span and its parent, the sampled decision
 * @param randomTraceId whether the trace ID's right-most 7 bytes are random (Level 2)
 * @param traceState    the vendors' list, passed along
 */
public record W3cContext(TraceContext context, boolean randomTraceId, TraceState traceState) {

    public W3cContext {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(traceState, "traceState");
    }

    /**
     * What a received {@code traceparent} and {@code tracestate} describe: the caller's span,
     * whose own parent the headers do not say.
     */
    public static W3cContext remote(Traceparent traceparent, TraceState traceState) {
        TraceContext caller = new TraceContext(traceparent.traceId(), traceparent.parentId(), null,
                traceparent.flags().sampled(), Map.of());
        return new W3cContext(caller, traceparent.flags().randomTraceId(), traceState);
    }

    /** The {@code traceparent} that names this context's span as the parent of the next one. */
    public Traceparent traceparent() {
        return new Traceparent(context.traceId(), context.spanId(), new TraceFlags(context.sampled(), randomTraceId));
    }
}
