package workbook.trace;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A finished span, frozen: what a service sends to the collector and what exporters
 * write. Immutable, so safe to share between processes and threads. OTLP/JSON calls
 * {@code operationName} the span's {@code name}, {@code tags} its {@code attributes} and
 * {@code logs} its {@code events}.
 *
 * @param traceId       32 lowercase hex characters
 * @param spanId        16 lowercase hex characters
 * @param parentSpanId  the parent's span ID, or {@code null} for a trace's root span
 * @param operationName what was done, such as {@code handle_request}
 * @param serviceName   who did it, such as {@code OrderService}
 * @param kind          the span's role in the request
 * @param startTime     seconds on the simulation clock
 * @param endTime       seconds on the simulation clock, not before {@code startTime}
 * @param tags          String, Boolean, Long or Double values, insertion-ordered
 * @param logs          events, oldest first
 */
public record SpanData(
        String traceId, String spanId, String parentSpanId, String operationName, String serviceName,
        SpanKind kind, double startTime, double endTime, Map<String, Object> tags, List<SpanLog> logs) {

    public SpanData {
        TraceId.requireValid("traceId", traceId);
        SpanId.requireValid("spanId", spanId);
        if (parentSpanId != null) {
            SpanId.requireValid("parentSpanId", parentSpanId);
        }
        Objects.requireNonNull(operationName, "operationName");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(kind, "kind");
        if (!(endTime >= startTime)) {
            throw new IllegalArgumentException("endTime " + endTime + " is before startTime " + startTime
                    + " of span '" + operationName + "'");
        }
        tags = TagValues.copyOf(tags);
        logs = List.copyOf(logs);
    }

    /** End minus start, in seconds. */
    public double duration() {
        return endTime - startTime;
    }

    /** True for the root span of a trace: the one with no parent. */
    public boolean isRoot() {
        return parentSpanId == null;
    }
}
