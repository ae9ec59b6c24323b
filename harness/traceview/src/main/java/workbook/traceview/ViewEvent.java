package workbook.traceview;

import java.util.Map;
import java.util.Objects;

/**
 * A timestamped event in a span, as the view shows it: the seed's span log, OTLP's span
 * event. Immutable.
 *
 * @param timeNanos  when it happened, in nanoseconds on the same clock as its span
 * @param name       what happened, such as {@code exception}
 * @param attributes its details, values already written as text, in their original order
 */
public record ViewEvent(long timeNanos, String name, Map<String, String> attributes) {

    public ViewEvent {
        Objects.requireNonNull(name, "event name");
        attributes = Texts.orderedCopy(attributes, "event attributes");
    }
}
