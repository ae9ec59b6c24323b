package workbook.trace;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one service tells the next about the trace a request belongs to: the trace, the
 * caller's span (the parent of whatever the receiver records), whether the trace is
 * sampled, and baggage (key-value pairs that travel with the request).
 *
 * <p>The seed's {@code TraceContext} dataclass, made immutable: a context is shared by
 * every call it is passed to, so nobody may change it under the others' feet. A new
 * span gets a new context from {@link #child(String)}. OpenTelemetry splits the same data
 * between {@code SpanContext} (IDs, flags) and {@code Baggage}.
 *
 * @param traceId      the trace every span of this request belongs to
 * @param spanId       the current span: the parent of the next span made in this context
 * @param parentSpanId the current span's own parent, or {@code null} at the root
 * @param sampled      whether spans of this trace are recorded (W3C trace flag bit 0)
 * @param baggage      immutable key-value pairs carried along with the trace
 */
public record TraceContext(
        String traceId, String spanId, String parentSpanId, boolean sampled, Map<String, String> baggage) {

    public TraceContext {
        TraceId.requireValid("traceId", traceId);
        SpanId.requireValid("spanId", spanId);
        if (parentSpanId != null) {
            SpanId.requireValid("parentSpanId", parentSpanId);
        }
        baggage = Map.copyOf(Objects.requireNonNull(baggage, "baggage must not be null; use Map.of()"));
    }

    /** The context of a new trace's root span: no parent, sampled, no baggage. */
    public static TraceContext root(String traceId, String spanId) {
        return new TraceContext(traceId, spanId, null, true, Map.of());
    }

    /**
     * The context for a new span made inside this one: the same trace, flags and baggage;
     * {@code newSpanId} as the current span; this context's span as its parent.
     */
    public TraceContext child(String newSpanId) {
        // TODO ch01.3: Derive child contexts and add baggage without changing the original
        //   Hint: A child keeps the trace ID, the sampled flag and the baggage; its parent is this context's span (docs/ch01-data-types.md#ch013).
        throw new UnsupportedOperationException("TODO ch01.3: Derive child contexts and add baggage without changing the original");
    }

    /** This context with one more baggage entry (replacing any value under the same key). */
    public TraceContext withBaggage(String key, String value) {
        // TODO ch01.3: Derive child contexts and add baggage without changing the original
        //   Hint: A child keeps the trace ID, the sampled flag and the baggage; its parent is this context's span (docs/ch01-data-types.md#ch013).
        throw new UnsupportedOperationException("TODO ch01.3: Derive child contexts and add baggage without changing the original");
    }

    /** This context with the sampled flag set to {@code sampled}. */
    public TraceContext withSampled(boolean sampled) {
        return new TraceContext(traceId, spanId, parentSpanId, sampled, baggage);
    }

    /** The parent span's ID, empty at the root of a trace. */
    public Optional<String> parent() {
        return Optional.ofNullable(parentSpanId);
    }

}
