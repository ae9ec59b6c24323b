package workbook.propagation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import workbook.trace.SpanId;
import workbook.trace.TraceContext;
import workbook.trace.TraceId;

/**
 * The seed's headers: {@code X-Trace-Id}, {@code X-Span-Id} (the sender's span) and
 * {@code X-Parent-Span-Id} (the sender's own parent, left out at a trace's root), with the
 * workbook's hex IDs instead of the seed's {@code trace_7994353}.
 *
 * <p>One header is added: {@code X-Sampled: 1} or {@code 0}. The seed sends no headers at
 * all for a trace it does not sample, so the next service cannot tell "not sampled" from
 * "no trace yet" and samples again: the decision is not made once. Without
 * {@code X-Sampled} a context reads as sampled, as the seed's did.
 *
 * <p>On receipt every header must appear at most once and hold a valid value, or the
 * request carries no context (a new trace starts), the same rule W3C Trace Context uses.
 *
 * <p>Immutable and thread-safe.
 */
final class SeedHeadersPropagator implements Propagator {

    static final String TRACE_ID = "X-Trace-Id";
    static final String SPAN_ID = "X-Span-Id";
    static final String PARENT_SPAN_ID = "X-Parent-Span-Id";
    static final String SAMPLED = "X-Sampled";

    @Override
    public Headers inject(TraceContext context, Headers headers) {
        // TODO ch06.5: Carry a context in the seed's headers
        //   Hint: Write X-Trace-Id, X-Span-Id, X-Parent-Span-Id (only when the context has a parent) and X-Sampled: 1 or 0, replacing any already there (docs/ch06-propagation.md#ch065).
        throw new UnsupportedOperationException("TODO ch06.5: Carry a context in the seed's headers");
    }

    @Override
    public Optional<TraceContext> extract(Headers headers) {
        // TODO ch06.5: Carry a context in the seed's headers
        //   Hint: Write X-Trace-Id, X-Span-Id, X-Parent-Span-Id (only when the context has a parent) and X-Sampled: 1 or 0, replacing any already there (docs/ch06-propagation.md#ch065).
        throw new UnsupportedOperationException("TODO ch06.5: Carry a context in the seed's headers");
    }

    /** The value of the one field called {@code name}, without surrounding whitespace; empty if there are none or several. */
    private static Optional<String> single(Headers headers, String name) {
        List<String> values = headers.values(name);
        return values.size() == 1 ? Optional.of(Ows.trim(values.get(0))) : Optional.empty();
    }

    @Override
    public String toString() {
        return "seed headers (X-Trace-Id, X-Span-Id, X-Parent-Span-Id, X-Sampled)";
    }
}
