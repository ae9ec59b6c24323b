package workbook.tailsampling;

import java.util.List;
import java.util.Map;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.Trace;

/**
 * A checkout trace made by hand: a root span {@code 0000...01} ({@code checkout}) and children
 * numbered from 2 ({@code query}), with the times and the error flag a test chooses.
 */
final class TestTrace {

    final String traceId;

    /** Trace number {@code n}: {@code n} in the high half of the ID and {@code lowPart} in the low half. */
    TestTrace(int n, long lowPart) {
        this.traceId = String.format("%016x%016x", n, lowPart);
    }

    /** Trace number {@code n}, with a low half that chapter 05's ratio sampler keeps only at ratio 1. */
    TestTrace(int n) {
        this(n, Long.MAX_VALUE);
    }

    SpanData root(double start, double end) {
        return span(1, null, "checkout", start, end, false);
    }

    SpanData child(int number, double start, double end) {
        return span(number, spanId(1), "query", start, end, false);
    }

    SpanData failedChild(int number, double start, double end) {
        return span(number, spanId(1), "query", start, end, true);
    }

    /** A ch01 Trace of these spans, for the policies. */
    Trace of(SpanData... spans) {
        Trace trace = new Trace(traceId);
        List.of(spans).forEach(trace::add);
        return trace;
    }

    private SpanData span(int number, String parent, String operation, double start, double end, boolean error) {
        Map<String, Object> tags = error ? Map.of("error", true, "error.message", "payment declined") : Map.of();
        return new SpanData(traceId, spanId(number), parent, operation, "OrderService", SpanKind.INTERNAL,
                start, end, tags, List.of());
    }

    private static String spanId(int number) {
        return String.format("%016x", number);
    }
}
