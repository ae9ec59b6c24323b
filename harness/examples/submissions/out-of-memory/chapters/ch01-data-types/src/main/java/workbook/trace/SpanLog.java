package workbook.trace;

import java.util.Map;
import java.util.Objects;

/**
 * A timestamped event in a span, such as a cache miss, a retry or an exception. The seed
 * calls these logs; OpenTelemetry calls them span events.
 *
 * @param timestamp when it happened, in the span clock's seconds
 * @param message   what happened, OTLP's event {@code name}
 * @param fields    details, with the same value types as {@link Span} tags
 */
public record SpanLog(double timestamp, String message, Map<String, Object> fields) {

    public SpanLog {
        Objects.requireNonNull(message, "log message");
        fields = TagValues.copyOf(fields);
    }
}
