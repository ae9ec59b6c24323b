package workbook.propagation;

import java.util.Optional;
import workbook.trace.TraceContext;

/**
 * Writes a trace context into a request's headers and reads it back on the other side:
 * how context crosses a service boundary. The seed's basic tracer keeps the context in a
 * global {@code Storage}, which one process can share but two services cannot; the
 * context has to travel inside the request itself.
 *
 * <p>OpenTelemetry calls this a {@code TextMapPropagator}; its default is W3C Trace
 * Context ({@link #w3c()}). The seed's own headers are {@link #seedHeaders()}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Propagator {

    /**
     * {@code headers} with {@code context} written into them, replacing any trace headers
     * of this format already there; the other fields are kept.
     *
     * @param context the sender's span: it becomes the parent of what the receiver records
     */
    Headers inject(TraceContext context, Headers headers);

    /**
     * The sender's context, or empty when the headers carry none this format can read:
     * missing, malformed or ambiguous headers all mean "start a new trace", never an
     * exception, because a bad header from one caller must not fail the request.
     * The context's span is the sender's span; its parent is the sender's parent when the
     * format carries it, otherwise {@code null}.
     */
    Optional<TraceContext> extract(Headers headers);

    /** The seed's {@code X-Trace-Id}, {@code X-Span-Id} and {@code X-Parent-Span-Id}, plus {@code X-Sampled}. */
    static Propagator seedHeaders() {
        return new SeedHeadersPropagator();
    }

    /** W3C Trace Context: {@code traceparent} (and {@code tracestate}, see {@link W3cPropagator}). */
    static Propagator w3c() {
        return new W3cPropagator();
    }
}
