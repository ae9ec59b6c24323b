package workbook.trace;

import java.util.Map;
import java.util.Objects;

/**
 * A timestamped event in a span, such as a cache miss, a retry or an exception. The seed
 * calls these logs; OpenTelemetry calls them span events.
 *
 * @param timestamp when it happened, in the span clock's seconds
 * @param message   what happened, OTLP's event {@code name}: never empty, since an event
 *                  without a name says nothing and OTLP requires one
 * @param fields    details, with the same value types as {@link Span} tags
 */
public record SpanLog(double timestamp, String message, Map<String, Object> fields) {

    /** @throws IllegalArgumentException when {@code message} is empty */
    public SpanLog {
        Objects.requireNonNull(message, "log message");
        if (message.isEmpty()) {
            throw new IllegalArgumentException("log message must not be empty: say what happened, such as \"cache miss\"");
        }
        fields = TagValues.copyOf(fields);
    }
}
