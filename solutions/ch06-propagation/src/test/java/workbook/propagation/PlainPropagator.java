package workbook.propagation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import workbook.trace.TraceContext;

/**
 * A propagator for tests only: one {@code test-context} header holding
 * {@code <trace ID> <span ID> <parent span ID or -> <1 or 0>}. It lets a test of the
 * services run before the real codecs (ch06.1 to ch06.5) are written.
 */
final class PlainPropagator implements Propagator {

    static final String HEADER = "test-context";

    @Override
    public Headers inject(TraceContext context, Headers headers) {
        return headers.replacing(HEADER, context.traceId() + " " + context.spanId() + " "
                + (context.parentSpanId() == null ? "-" : context.parentSpanId()) + " " + (context.sampled() ? 1 : 0));
    }

    @Override
    public Optional<TraceContext> extract(Headers headers) {
        List<String> values = headers.values(HEADER);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        String[] fields = values.get(0).split(" ");
        return Optional.of(new TraceContext(fields[0], fields[1], fields[2].equals("-") ? null : fields[2],
                fields[3].equals("1"), Map.of()));
    }
}
