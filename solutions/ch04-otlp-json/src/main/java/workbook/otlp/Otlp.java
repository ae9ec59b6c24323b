package workbook.otlp;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The part of the OTLP trace schema ({@code opentelemetry/proto/trace/v1/trace.proto}) this
 * workbook writes, as records that Jackson turns into OTLP/JSON. Each record is one protobuf
 * message; each component one field, under its lowerCamelCase JSON name.
 *
 * <p>Why records of our own rather than {@code SpanData} itself: the wire format is a
 * contract with other programs and must not change when the domain type grows a helper
 * (Jackson would write {@code SpanData.isRoot()} as a {@code root} property). OTLP/JSON's
 * own rules show up as annotations: 64-bit integers are written as decimal strings
 * ({@code "startTimeUnixNano": "1735689601500000000"}), enums as integers, absent optional
 * fields are left out.
 *
 * <p>All records are immutable.
 */
public final class Otlp {

    private Otlp() {}

    /** The document: spans grouped by the resource (here: the service) that produced them. */
    public record TracesData(List<ResourceSpans> resourceSpans) {
        public TracesData {
            resourceSpans = List.copyOf(resourceSpans);
        }
    }

    /** The spans of one resource, grouped by the instrumentation scope that recorded them. */
    @JsonPropertyOrder({"resource", "scopeSpans"})
    public record ResourceSpans(Resource resource, List<ScopeSpans> scopeSpans) {
        public ResourceSpans {
            scopeSpans = List.copyOf(scopeSpans);
        }
    }

    /** What produced the spans, described by attributes such as {@code service.name}. */
    public record Resource(List<KeyValue> attributes) {
        public Resource {
            attributes = List.copyOf(attributes);
        }
    }

    /** The spans one instrumentation scope (library) recorded. */
    @JsonPropertyOrder({"scope", "spans"})
    public record ScopeSpans(InstrumentationScope scope, List<Span> spans) {
        public ScopeSpans {
            spans = List.copyOf(spans);
        }
    }

    /** The library that recorded the spans: here, the workbook's tracer. */
    @JsonPropertyOrder({"name", "version"})
    public record InstrumentationScope(String name, String version) {}

    /**
     * One span. {@code parentSpanId} is {@code null} for a root span and then not written, nor
     * are empty {@code attributes} and {@code events}; {@code kind} is the {@code SpanKind}
     * enum's number; times are nanoseconds since the Unix epoch.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"traceId", "spanId", "parentSpanId", "name", "kind", "startTimeUnixNano",
        "endTimeUnixNano", "attributes", "events", "status"})
    public record Span(
            String traceId, String spanId, String parentSpanId, String name, int kind,
            @JsonFormat(shape = JsonFormat.Shape.STRING) long startTimeUnixNano,
            @JsonFormat(shape = JsonFormat.Shape.STRING) long endTimeUnixNano,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<KeyValue> attributes,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Event> events,
            Status status) {
        public Span {
            attributes = List.copyOf(attributes);
            events = List.copyOf(events);
        }
    }

    /** A timestamped event in a span: what the seed calls a log. Empty attributes are not written. */
    @JsonPropertyOrder({"timeUnixNano", "name", "attributes"})
    public record Event(
            @JsonFormat(shape = JsonFormat.Shape.STRING) long timeUnixNano, String name,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<KeyValue> attributes) {
        public Event {
            attributes = List.copyOf(attributes);
        }
    }

    /** A span's outcome: {@code code} 0 UNSET, 1 OK or 2 ERROR; {@code message} only with ERROR. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"code", "message"})
    public record Status(int code, String message) {}

    /** One attribute: a key and its typed value. */
    @JsonPropertyOrder({"key", "value"})
    public record KeyValue(String key, AnyValue value) {}

    /**
     * A typed value: exactly one component is non-null, and only that one is written.
     * {@code intValue} is written as a decimal string, as OTLP/JSON writes every 64-bit
     * integer; a non-finite {@code doubleValue} as {@code "NaN"}, {@code "Infinity"} or
     * {@code "-Infinity"}, as protobuf's JSON mapping does.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnyValue(
            String stringValue, Boolean boolValue,
            @JsonFormat(shape = JsonFormat.Shape.STRING) Long intValue,
            Double doubleValue) {}
}
