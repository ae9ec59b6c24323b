package workbook.propagation;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import workbook.sampling.Sampler;
import workbook.trace.IdGenerator;
import workbook.trace.TraceContext;

/**
 * How a service takes part in a W3C trace, as the W3C test suite expects of its "test
 * service": it continues the trace an incoming request carries (or starts a new one when
 * the request carries none, or an invalid one), records a server span for the request,
 * and gives every outgoing call a client span of its own, whose ID becomes the
 * {@code parent-id} that call sends.
 *
 * <p>What is sent on follows Trace Context Level 2: the trace ID, the sampled flag and the
 * random-trace-id flag exactly as received (a new trace gets random IDs, so the random
 * flag, and the sampler's decision); the {@code tracestate} as received, with this
 * service's own member, {@value #VENDOR_KEY}{@code =<client span ID>}, moved to the left.
 *
 * <p>Immutable; thread-safe when its {@link IdGenerator} and {@link Sampler} are.
 */
public final class TraceParticipant {

    /** This service's {@code tracestate} key. */
    public static final String VENDOR_KEY = "workbook";

    private final IdGenerator ids;
    private final Sampler sampler;

    /**
     * @param ids     makes random trace and span IDs
     * @param sampler decides for the traces this service starts
     */
    public TraceParticipant(IdGenerator ids, Sampler sampler) {
        this.ids = Objects.requireNonNull(ids, "ids");
        this.sampler = Objects.requireNonNull(sampler, "sampler");
    }

    /**
     * The context of the server span for a request whose W3C headers read as
     * {@code incoming} ({@link W3cPropagator#read}; empty when they carried no valid
     * {@code traceparent}).
     *
     * <p>Continuing: a child of the caller's span, with the caller's flags and
     * {@code tracestate}. Starting: a new trace ID, a root span, the sampler's decision,
     * the random flag set and an empty {@code tracestate}.
     */
    public W3cContext serverContext(Optional<W3cContext> incoming) {
        // TODO ch06.7: Continue the incoming W3C trace, one client span per call
        //   Hint: serverContext continues the caller (a child of its span, with its flags and tracestate) or starts a trace; clientContext makes a new child of the server span for every call (docs/ch06-propagation.md#ch067).
        throw new UnsupportedOperationException("TODO ch06.7: Continue the incoming W3C trace, one client span per call");
    }

    /**
     * The context of a new client span for one outgoing call made while serving
     * {@code server}: a child of the server span with a fresh span ID (so every call sends
     * a different {@code parent-id}), the same flags, and the {@code tracestate} with
     * {@value #VENDOR_KEY} set to the new span's ID on its left.
     */
    public W3cContext clientContext(W3cContext server) {
        // TODO ch06.7: Continue the incoming W3C trace, one client span per call
        //   Hint: serverContext continues the caller (a child of its span, with its flags and tracestate) or starts a trace; clientContext makes a new child of the server span for every call (docs/ch06-propagation.md#ch067).
        throw new UnsupportedOperationException("TODO ch06.7: Continue the incoming W3C trace, one client span per call");
    }
}
