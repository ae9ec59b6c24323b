package workbook.collector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.Trace;

/** Spans with short, readable IDs, for building the traces the tests feed to a collector. */
final class TestSpans {

    static final String TRACE_A = "000000000000000000000000000000a1";
    static final String TRACE_B = "000000000000000000000000000000b2";

    private TestSpans() {}

    /** A span of {@code traceId}; {@code spanId} and {@code parentId} are padded to 16 hex digits. */
    static SpanData span(String traceId, String spanId, String parentId, String operation, double start, double end) {
        return new SpanData(traceId, pad(spanId), parentId == null ? null : pad(parentId), operation, "OrderService",
                SpanKind.INTERNAL, start, end, Map.of(), List.of());
    }

    /** The seed's request: make_request → handle_request → process_data, in arrival order (children first). */
    static List<SpanData> seedRequest(String traceId, double start) {
        return List.of(
                span(traceId, "c3", "b2", "process_data", start + 0.2, start + 0.3),
                span(traceId, "b2", "a1", "handle_request", start, start + 0.4),
                span(traceId, "a1", null, "make_request", start, start + 0.4));
    }

    /** The same spans in the opposite order. */
    static List<SpanData> reversed(List<SpanData> spans) {
        List<SpanData> copy = new ArrayList<>(spans);
        Collections.reverse(copy);
        return copy;
    }

    static Trace trace(List<SpanData> spans) {
        Trace trace = new Trace(spans.get(0).traceId());
        spans.forEach(trace::add);
        return trace;
    }

    private static String pad(String id) {
        return "0".repeat(16 - id.length()) + id;
    }
}
