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
import java.util.Objects;
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
 * <p>Every problem in the input is an {@link OtlpFormatException} naming the JSON path and
 * what is wrong: malformed JSON, a missing field, a value of the wrong type, a malformed ID.
 * Fields the workbook does not model ({@code flags}, {@code links}, {@code status}, ...)
 * are ignored, as the OTLP specification asks of receivers.
 *
 * <p>Immutable and thread-safe.
 */
public final class OtlpJsonImporter {

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
            String serviceName = serviceName(resourceSpans.field("resource"));
            for (JsonCursor scopeSpans : resourceSpans.elements("scopeSpans")) {
                for (JsonCursor span : scopeSpans.elements("spans")) {
                    spans.add(readSpan(span, serviceName));
                }
            }
        }
        return spans;
    }

    /** The {@code service.name} attribute of a resource, which the workbook needs for every span. */
    private static String serviceName(JsonCursor resource) {
        Object name = AttributeValues.readAttributes(resource.elements("attributes")).get(OtlpJsonExporter.SERVICE_NAME);
        if (!(name instanceof String text) || text.isBlank()) {
            throw resource.problem("expected a non-blank string attribute \"" + OtlpJsonExporter.SERVICE_NAME
                    + "\" naming the service, got " + (name == null ? "none" : name));
        }
        return text;
    }

    /**
     * One span of {@code serviceName}. Required: {@code traceId}, {@code spanId},
     * {@code name}, {@code startTimeUnixNano}, {@code endTimeUnixNano}. A missing or empty
     * {@code parentSpanId} makes a root; a missing {@code kind} (or 0, UNSPECIFIED) is
     * INTERNAL, as the OTLP schema allows; kinds the workbook lacks (4 PRODUCER, 5 CONSUMER)
     * are an error.
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
            logs.add(new SpanLog(seconds(event.field("timeUnixNano")), event.field("name").text(),
                    AttributeValues.readAttributes(event.elements("attributes"))));
        }
        try {
            return new SpanData(traceId, spanId, parentSpanId, name, serviceName, kind, start, end, tags, logs);
        } catch (IllegalArgumentException e) {
            throw span.problem(e.getMessage());
        }
        // END SOLUTION
    }

    /** A trace or span ID: {@code length} lowercase hex characters, not all zero. */
    private static String hexId(JsonCursor id, int length) {
        String text = id.text();
        boolean valid = length == TraceId.LENGTH ? TraceId.isValid(text) : SpanId.isValid(text);
        if (!valid) {
            throw id.problem("expected " + length + " lowercase hex characters, not all zero, got \"" + text + "\"");
        }
        return text;
    }

    /** The workbook's kind for an OTLP {@code SpanKind} number. */
    private static SpanKind kind(JsonCursor kind) {
        int code = kind.int32();
        if (code == 0) {
            return SpanKind.INTERNAL;
        }
        for (SpanKind candidate : SpanKind.values()) {
            if (candidate.otlpCode() == code) {
                return candidate;
            }
        }
        throw kind.problem("span kind " + code + " is not supported; the workbook knows 0 UNSPECIFIED,"
                + " 1 INTERNAL, 2 SERVER and 3 CLIENT");
    }

    /** Simulated seconds for a Unix-nanosecond timestamp. */
    private double seconds(JsonCursor unixNano) {
        long nanos = unixNano.int64();
        try {
            return time.toSeconds(nanos);
        } catch (IllegalArgumentException e) {
            throw unixNano.problem(e.getMessage());
        }
    }
}
