package workbook.propagation;

import java.util.List;
import java.util.Optional;
import workbook.trace.TraceContext;

/**
 * W3C Trace Context over HTTP headers, following the spec's processing model:
 *
 * <ul>
 *   <li>exactly one {@code traceparent} field, valid by {@link Traceparent#parse}, or the
 *       request carries no context (two fields are ambiguous, so neither is trusted);</li>
 *   <li>{@code tracestate} is read only when {@code traceparent} is valid, and an invalid
 *       one is dropped whole without costing the {@code traceparent};</li>
 *   <li>what is sent is always a version {@code 00} {@code traceparent}, plus
 *       {@code tracestate} when the list is not empty.</li>
 * </ul>
 *
 * <p>{@link #read} and {@link #write} keep everything the headers carry ({@link W3cContext});
 * the {@link Propagator} methods carry a {@link TraceContext}, the form the simulated
 * services use. Those services only continue traces they started themselves, with IDs
 * from {@code IdGenerator.random}, so {@link #inject} sets the random-trace-id flag; a
 * service continuing a trace started elsewhere must use {@link #read} and {@link #write}
 * to send the flag and {@code tracestate} on unchanged, as {@link TraceParticipant} does.
 *
 * <p>Immutable and thread-safe.
 */
public final class W3cPropagator implements Propagator {

    /** Header names are case-insensitive on receipt; they are sent in lowercase, as the spec asks. */
    public static final String TRACEPARENT = "traceparent";

    public static final String TRACESTATE = "tracestate";

    /** The context a request's W3C headers carry, or empty when its {@code traceparent} is missing, repeated or invalid. */
    public static Optional<W3cContext> read(Headers headers) {
        List<String> traceparents = headers.values(TRACEPARENT);
        if (traceparents.size() != 1) {
            return Optional.empty();
        }
        return Traceparent.parse(Ows.trim(traceparents.get(0))).map(traceparent -> W3cContext.remote(traceparent,
                TraceState.parse(headers.values(TRACESTATE)).orElse(TraceState.empty())));
    }

    /** {@code headers} with {@code context}'s {@code traceparent} and {@code tracestate} in place of any there. */
    public static Headers write(W3cContext context, Headers headers) {
        Headers written = headers.replacing(TRACEPARENT, context.traceparent().toHeader()).without(TRACESTATE);
        return context.traceState().isEmpty() ? written : written.with(TRACESTATE, context.traceState().toHeader());
    }

    @Override
    public Headers inject(TraceContext context, Headers headers) {
        return write(new W3cContext(context, true, TraceState.empty()), headers);
    }

    @Override
    public Optional<TraceContext> extract(Headers headers) {
        return read(headers).map(W3cContext::context);
    }

    @Override
    public String toString() {
        return "W3C Trace Context";
    }
}
