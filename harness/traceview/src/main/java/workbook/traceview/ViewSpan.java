package workbook.traceview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One span as the trace view draws it: the few fields a waterfall needs, independent of any
 * chapter's own span type, so that a demo can fill it from its {@code SpanData} and the
 * {@code workbook view} command from an OTLP/JSON file. Immutable; build one with
 * {@link #builder(String, String, String, String)}.
 *
 * @param traceId       the trace it belongs to (any non-blank text; OTLP uses 32 hex characters)
 * @param spanId        unique within its trace
 * @param parentSpanId  the parent's span ID, or {@code null} for a root span
 * @param name          the operation, such as {@code handle_request}
 * @param service       who did it, such as {@code OrderService}; bars are coloured by it
 * @param kind          the span's role, such as {@code SERVER} or {@code CLIENT}
 * @param startNanos    when it started, in nanoseconds on any clock shared by the trace's spans
 * @param endNanos      when it ended, on the same clock, not before {@code startNanos}
 * @param error         whether the span failed (OTLP status ERROR, the seed's {@code error} tag)
 * @param statusMessage why it failed, or an empty string
 * @param late          whether it reached the collector after its trace was complete
 * @param attributes    tags, values written as text, in their original order
 * @param events        logs (span events), oldest first
 */
public record ViewSpan(String traceId, String spanId, String parentSpanId, String name, String service,
                       String kind, long startNanos, long endNanos, boolean error, String statusMessage,
                       boolean late, Map<String, String> attributes, List<ViewEvent> events) {

    public ViewSpan {
        requireText(traceId, "traceId");
        requireText(spanId, "spanId");
        if (parentSpanId != null && parentSpanId.isBlank()) {
            parentSpanId = null;
        }
        requireText(name, "name");
        requireText(service, "service");
        requireText(kind, "kind");
        if (endNanos < startNanos) {
            throw new IllegalArgumentException("span '" + name + "' (" + spanId + ") ends at " + endNanos
                    + " ns, before it starts at " + startNanos + " ns; the end must not come before the start");
        }
        statusMessage = Objects.requireNonNullElse(statusMessage, "");
        attributes = Texts.orderedCopy(attributes, "attributes");
        events = List.copyOf(events);
    }

    /** Starts building a span with its identity; everything else has a plain default. */
    public static Builder builder(String traceId, String spanId, String name, String service) {
        return new Builder(traceId, spanId, name, service);
    }

    /** Nanoseconds for a time in seconds, such as the simulation clock's. */
    public static long nanos(double seconds) {
        return Math.round(seconds * 1e9);
    }

    public long durationNanos() {
        return endNanos - startNanos;
    }

    public boolean isRoot() {
        return parentSpanId == null;
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank, got "
                    + (value == null ? "null" : "'" + value + "'"));
        }
    }

    /** Collects a span's fields; not thread-safe. */
    public static final class Builder {
        private final String traceId;
        private final String spanId;
        private final String name;
        private final String service;
        private String parentSpanId;
        private String kind = "INTERNAL";
        private long startNanos;
        private long endNanos;
        private boolean error;
        private String statusMessage = "";
        private boolean late;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final List<ViewEvent> events = new ArrayList<>();

        private Builder(String traceId, String spanId, String name, String service) {
            this.traceId = traceId;
            this.spanId = spanId;
            this.name = name;
            this.service = service;
        }

        public Builder parent(String parentSpanId) {
            this.parentSpanId = parentSpanId;
            return this;
        }

        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        public Builder time(long startNanos, long endNanos) {
            this.startNanos = startNanos;
            this.endNanos = endNanos;
            return this;
        }

        /** Start and end in seconds, as the simulation clock gives them. */
        public Builder seconds(double start, double end) {
            return time(nanos(start), nanos(end));
        }

        public Builder error(String message) {
            this.error = true;
            this.statusMessage = Objects.requireNonNullElse(message, "");
            return this;
        }

        public Builder late(boolean late) {
            this.late = late;
            return this;
        }

        public Builder attribute(String key, Object value) {
            attributes.put(key, Texts.show(value));
            return this;
        }

        /** All of {@code values}, in their order; values are shown as text. */
        public Builder attributes(Map<String, ?> values) {
            values.forEach(this::attribute);
            return this;
        }

        public Builder event(long timeNanos, String name, Map<String, ?> fields) {
            Map<String, String> shown = new LinkedHashMap<>();
            fields.forEach((key, value) -> shown.put(key, Texts.show(value)));
            events.add(new ViewEvent(timeNanos, name, shown));
            return this;
        }

        public ViewSpan build() {
            return new ViewSpan(traceId, spanId, parentSpanId, name, service, kind, startNanos, endNanos,
                    error, statusMessage, late, attributes, events);
        }
    }
}
