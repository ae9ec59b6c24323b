package workbook.otlp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import workbook.trace.SpanData;
import workbook.trace.SpanId;
import workbook.trace.SpanKind;
import workbook.trace.SpanLog;
import workbook.trace.TraceId;

/**
 * Reads OTLP/JSON trace documents back into the workbook's {@link SpanData}: what this
 * chapter's exporter writes, and what other OTLP producers write within the workbook's
 * model. Reading an export gives back the spans that were exported.
 *
 * <p>It reads what protobuf's own JSON parser reads with the official OTLP classes, IDs in
 * hex as OTLP/JSON writes them: IDs in either case (kept in lowercase, the workbook's one
 * form), every span kind, enum names as well as numbers, numbers in strings, and field
 * names as the {@code .proto} file spells them. A resource without {@code service.name} is
 * {@value #UNKNOWN_SERVICE}, as OpenTelemetry SDKs name it. Fields the workbook does not
 * model ({@code flags}, {@code links}, {@code status}, {@code traceState}, other resource
 * attributes, ...) are ignored, as the OTLP specification asks of receivers.
 *
 * <p>Every problem in the input is an {@link OtlpFormatException} naming the JSON path and
 * what is wrong: malformed JSON, a missing field, a value of the wrong type, a malformed ID,
 * or a feature the workbook's spans cannot hold (array, map and bytes attribute values, an
 * event without a name, a time after 2262). Nothing else escapes.
 *
 * <p>Immutable and thread-safe.
 */
public final class OtlpJsonImporter {

    /** The service name of a resource without {@code service.name}, as OpenTelemetry SDKs default it. */
    public static final String UNKNOWN_SERVICE = "unknown_service";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TimeMapping time;

    /** @param time where simulated time 0.0 is on the real calendar: the exporter's mapping */
    public OtlpJsonImporter(TimeMapping time) {
        this.time = Objects.requireNonNull(time, "time");
    }

    /** The spans of an OTLP/JSON document, resource by resource, in document order. */
    public List<SpanData> read(String json) {
        return read(new StringReader(json));
    }

    /** The spans of the OTLP/JSON document {@code in} holds; does not close it. */
    public List<SpanData> read(Reader in) {
        JsonNode document;
        try {
            document = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new OtlpFormatException("$", "not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")"), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OTLP/JSON: " + e.getMessage(), e);
        }
        if (document == null || document.isMissingNode()) {
            throw new OtlpFormatException("$", "empty input: expected an OTLP/JSON document");
        }
        List<SpanData> spans = new ArrayList<>();
        for (JsonCursor resourceSpans : JsonCursor.root(document).elements("resourceSpans")) {
            String serviceName = resourceSpans.optionalField("resource").map(OtlpJsonImporter::serviceName)
                    .orElse(UNKNOWN_SERVICE);
            for (JsonCursor scopeSpans : resourceSpans.elements("scopeSpans")) {
                for (JsonCursor span : scopeSpans.elements("spans")) {
                    spans.add(readSpan(span, serviceName));
                }
            }
        }
        return spans;
    }

    /**
     * The {@code service.name} attribute of a resource, which the workbook needs for every span;
     * {@value #UNKNOWN_SERVICE} when there is none. Other resource attributes are not read.
     */
    private static String serviceName(JsonCursor resource) {
        for (JsonCursor attribute : resource.elements("attributes")) {
            if (OtlpJsonExporter.SERVICE_NAME.equals(attribute.field("key").text())) {
                String name = attribute.optionalField("value").flatMap(value -> value.optionalField("stringValue"))
                        .map(JsonCursor::text).orElse("");
                if (name.isBlank()) {
                    throw attribute.problem("expected \"" + OtlpJsonExporter.SERVICE_NAME
                            + "\" to be a non-blank stringValue naming the service, got " + attribute);
                }
                return name;
            }
        }
        return UNKNOWN_SERVICE;
    }

    /**
     * One span of {@code serviceName}. Required: {@code traceId}, {@code spanId},
     * {@code name}, {@code startTimeUnixNano}, {@code endTimeUnixNano}. A missing or empty
     * {@code parentSpanId} makes a root; a missing {@code kind} (or 0, UNSPECIFIED) is
     * INTERNAL, as the OTLP schema allows; a kind OTLP does not define is an error. An event
     * needs a name (a span log needs a message).
     */
    SpanData readSpan(JsonCursor span, String serviceName) {
        // BEGIN SOLUTION ch04.7
        String traceId = hexId(span.field("traceId"), TraceId.LENGTH);
        String spanId = hexId(span.field("spanId"), SpanId.LENGTH);
        String parentSpanId = span.optionalField("parentSpanId")
                .filter(parent -> !parent.text().isEmpty())
                .map(parent -> hexId(parent, SpanId.LENGTH))
                .orElse(null);
        String name = span.field("name").text();
        SpanKind kind = span.has("kind") ? kind(span.field("kind")) : SpanKind.INTERNAL;
        double start = seconds(span.field("startTimeUnixNano"));
        double end = seconds(span.field("endTimeUnixNano"));
        Map<String, Object> tags = AttributeValues.readAttributes(span.elements("attributes"));
        List<SpanLog> logs = new ArrayList<>();
        for (JsonCursor event : span.elements("events")) {
            logs.add(new SpanLog(seconds(event.field("timeUnixNano")), eventName(event),
                    AttributeValues.readAttributes(event.elements("attributes"))));
        }
        try {
            return new SpanData(traceId, spanId, parentSpanId, name, serviceName, kind, start, end, tags, logs);
        } catch (IllegalArgumentException e) {
            throw span.problem(e.getMessage());
        }
        // END SOLUTION
    }

    /**
     * A trace or span ID: {@code length} hex characters, not all zero, in lowercase. OTLP/JSON
     * IDs are case-insensitive; the workbook keeps them in lowercase, as W3C Trace Context
     * writes them, so that equal IDs are equal strings.
     */
    private static String hexId(JsonCursor id, int length) {
        String text = id.text().toLowerCase(Locale.ROOT);
        boolean valid = length == TraceId.LENGTH ? TraceId.isValid(text) : SpanId.isValid(text);
        if (!valid) {
            throw id.problem("expected " + length + " hex characters, not all zero, got \"" + id.text() + "\"");
        }
        return text;
    }

    /** An event's name, the span log's message: required, and not empty. */
    private static String eventName(JsonCursor event) {
        String name = event.field("name").text();
        if (name.isEmpty()) {
            throw event.field("name").problem("an event without a name is not supported: a span log needs a message");
        }
        return name;
    }

    /** The workbook's kind for an OTLP {@code SpanKind}: its number, or its name such as {@code SPAN_KIND_SERVER}. */
    private static SpanKind kind(JsonCursor kind) {
        String known = "0 SPAN_KIND_UNSPECIFIED, 1 INTERNAL, 2 SERVER, 3 CLIENT, 4 PRODUCER and 5 CONSUMER";
        Optional<String> name = kind.textIfNotNumber();
        if (name.isPresent()) {
            if (name.get().equals("SPAN_KIND_UNSPECIFIED")) {
                return SpanKind.INTERNAL;
            }
            for (SpanKind candidate : SpanKind.values()) {
                if (name.get().equals("SPAN_KIND_" + candidate.name())) {
                    return candidate;
                }
            }
            throw kind.problem("span kind \"" + name.get() + "\" is not one OTLP defines: " + known);
        }
        int code = kind.int32();
        if (code == 0) {
            return SpanKind.INTERNAL;
        }
        for (SpanKind candidate : SpanKind.values()) {
            if (candidate.otlpCode() == code) {
                return candidate;
            }
        }
        throw kind.problem("span kind " + code + " is not one OTLP defines: " + known);
    }

    /** Simulated seconds for a Unix-nanosecond timestamp. */
    private double seconds(JsonCursor unixNano) {
        long nanos = unixNano.fixed64();
        try {
            return time.toSeconds(nanos);
        } catch (IllegalArgumentException e) {
            throw unixNano.problem(e.getMessage());
        }
    }
}
