package workbook.tracer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.SpanLog;

/**
 * Spans with their IDs replaced by the order in which each ID first appears, so that two
 * tracers can be compared even when they ask their ID generator for trace and span IDs in a
 * different (equally valid) order.
 */
final class NormalizedSpans {

    /** A span whose IDs are numbered: {@code parent} is -1 for none. */
    record NormalSpan(int trace, int span, int parent, String operationName, String serviceName, SpanKind kind,
                      double startTime, double endTime, Map<String, Object> tags, List<SpanLog> logs) {}

    private NormalizedSpans() {}

    static List<NormalSpan> of(List<SpanData> spans) {
        Map<String, Integer> traces = new HashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        spans.forEach(span -> ids.putIfAbsent(span.spanId(), ids.size()));
        return spans.stream().map(span -> new NormalSpan(
                traces.computeIfAbsent(span.traceId(), id -> traces.size()),
                ids.get(span.spanId()),
                span.parentSpanId() == null ? -1 : ids.computeIfAbsent(span.parentSpanId(), id -> ids.size()),
                span.operationName(), span.serviceName(), span.kind(), span.startTime(), span.endTime(),
                span.tags(), span.logs())).toList();
    }
}
