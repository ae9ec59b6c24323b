package workbook.spancost;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.SpanLog;
import workbook.trace.TraceContext;

/**
 * A span as {@link LeanTracer} hands it over: the facts of one traced call and nothing derived
 * from them. Chapter 02's tracer turns the same facts into tags and logs while the span runs
 * (a {@code LinkedHashMap}, an {@code ArrayList}, then copies of both in {@code SpanData}), and
 * pays for that on every span, whether anyone looks at them or not. Here the success tag, the
 * error tags and the exception log are made by {@link #toSpanData()}, only for the spans that
 * are exported: the trick of OpenTelemetry's {@code SpanProcessor.onEnd}, which receives the
 * live span and leaves the copy ({@code toSpanData}) to the exporters that need one.
 *
 * <p>Immutable (the failure is kept as thrown).
 *
 * @param context       the span's own context: trace, span and parent IDs, sampled
 * @param operationName what was done
 * @param serviceName   who did it
 * @param kind          the span's role in the request
 * @param startTime     clock reading when the span started
 * @param endTime       clock reading when it ended
 * @param failure       what the traced code threw, or {@code null} when it returned
 * @param failureTime   clock reading when the failure was caught; NaN without one
 */
public record FinishedSpan(TraceContext context, String operationName, String serviceName, SpanKind kind,
                           double startTime, double endTime, Throwable failure, double failureTime) {

    private static final Map<String, Object> SUCCESS = Map.of("success", Boolean.TRUE);

    public FinishedSpan {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(operationName, "operationName");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The span exactly as chapter 02's {@code Tracer} would have sent it: tagged
     * {@code success=true}, or {@code error=true} and {@code error.message} with an
     * {@code exception} log carrying {@code exception.type} and {@code exception.message}.
     */
    public SpanData toSpanData() {
        Map<String, Object> tags;
        List<SpanLog> logs;
        if (failure == null) {
            tags = SUCCESS;
            logs = List.of();
        } else {
            String message = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getName();
            tags = new LinkedHashMap<>();
            tags.put("error", Boolean.TRUE);
            tags.put("error.message", message);
            logs = List.of(new SpanLog(failureTime, "exception",
                    Map.of("exception.type", failure.getClass().getName(), "exception.message", message)));
        }
        return new SpanData(context.traceId(), context.spanId(), context.parentSpanId(), operationName, serviceName,
                kind, startTime, endTime, tags, logs);
    }
}
