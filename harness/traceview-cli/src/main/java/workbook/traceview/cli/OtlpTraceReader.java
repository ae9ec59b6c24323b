package workbook.traceview.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import io.opentelemetry.proto.trace.v1.TracesData;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import workbook.traceview.ViewSpan;

/**
 * Reads OTLP/JSON trace files (chapter 04's format, and what an OpenTelemetry Collector's file
 * exporter writes: one {@code TracesData} document, or several, one a line) into the trace
 * view's spans.
 *
 * <p>Parsing is the official one: the {@code opentelemetry-proto} classes and protobuf's
 * {@link JsonFormat}. One step comes first, as in every OTLP receiver: OTLP/JSON writes trace
 * and span IDs as hex, protobuf's JSON mapping expects bytes as base64, so the IDs are
 * converted. Unknown fields are ignored, as the OTLP specification asks of receivers.
 *
 * <p>Stateless and thread-safe.
 */
public final class OtlpTraceReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();
    private static final JsonFormat.Parser PARSER = JsonFormat.parser().ignoringUnknownFields();

    private OtlpTraceReader() {}

    /** Every span in {@code file}; an unreadable or invalid file fails with its name and the reason. */
    public static List<ViewSpan> read(Path file) throws IOException {
        List<ViewSpan> spans = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<JsonNode> documents = JSON.readerFor(JsonNode.class).readValues(reader)) {
            int number = 0;
            while (documents.hasNextValue()) {
                number++;
                spans.addAll(spans(parse(documents.nextValue(), file, number)));
            }
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file; give the path of an OTLP/JSON file", e);
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not JSON: " + e.getOriginalMessage(), e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof JsonProcessingException json) {
                throw new IOException(file + " is not JSON: " + json.getOriginalMessage(), e);
            }
            throw e;
        }
        return spans;
    }

    /** One {@code TracesData} document, its IDs converted from OTLP's hex to protobuf's base64. */
    static TracesData parse(JsonNode document, Path file, int number) throws IOException {
        String where = file + (number > 1 ? " (document " + number + ")" : "");
        if (!document.isObject() || !document.has("resourceSpans")) {
            throw new IOException(where + " is not OTLP/JSON trace data: expected an object with \"resourceSpans\"");
        }
        for (JsonNode resourceSpans : document.path("resourceSpans")) {
            for (JsonNode scopeSpans : resourceSpans.path("scopeSpans")) {
                for (JsonNode span : scopeSpans.path("spans")) {
                    hexIdsToBase64(span, where);
                    for (JsonNode link : span.path("links")) {
                        hexIdsToBase64(link, where);
                    }
                }
            }
        }
        TracesData.Builder traces = TracesData.newBuilder();
        try {
            PARSER.merge(JSON.writeValueAsString(document), traces);
        } catch (InvalidProtocolBufferException e) {
            throw new IOException(where + " is not valid OTLP/JSON: " + e.getMessage(), e);
        }
        return traces.build();
    }

    private static void hexIdsToBase64(JsonNode node, String where) throws IOException {
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        for (String field : List.of("traceId", "spanId", "parentSpanId")) {
            JsonNode id = object.get(field);
            if (id != null && id.isTextual()) {
                try {
                    object.put(field, Base64.getEncoder().encodeToString(HEX.parseHex(id.textValue())));
                } catch (IllegalArgumentException e) {
                    throw new IOException(where + ": " + field + " '" + id.textValue()
                            + "' is not hex; OTLP/JSON writes IDs as lowercase hex (32 characters for a trace, 16 for a span)", e);
                }
            }
        }
    }

    static List<ViewSpan> spans(TracesData traces) {
        List<ViewSpan> spans = new ArrayList<>();
        for (ResourceSpans resourceSpans : traces.getResourceSpansList()) {
            String service = resourceSpans.getResource().getAttributesList().stream()
                    .filter(attribute -> attribute.getKey().equals("service.name"))
                    .map(attribute -> text(attribute.getValue()))
                    .findFirst().orElse("unknown_service");
            for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
                for (Span span : scopeSpans.getSpansList()) {
                    spans.add(span(span, service));
                }
            }
        }
        return spans;
    }

    private static ViewSpan span(Span span, String service) {
        ViewSpan.Builder view = ViewSpan.builder(hex(span.getTraceId()), hex(span.getSpanId()),
                        span.getName().isBlank() ? "(unnamed)" : span.getName(), service)
                .kind(span.getKind().name().replace("SPAN_KIND_", ""))
                .time(span.getStartTimeUnixNano(), Math.max(span.getStartTimeUnixNano(), span.getEndTimeUnixNano()))
                .attributes(attributes(span.getAttributesList()));
        if (!span.getParentSpanId().isEmpty()) {
            view.parent(hex(span.getParentSpanId()));
        }
        if (span.getStatus().getCode() == Status.StatusCode.STATUS_CODE_ERROR) {
            view.error(span.getStatus().getMessage());
        }
        for (Span.Event event : span.getEventsList()) {
            view.event(event.getTimeUnixNano(), event.getName(), attributes(event.getAttributesList()));
        }
        return view.build();
    }

    private static Map<String, String> attributes(List<KeyValue> attributes) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (KeyValue attribute : attributes) {
            shown.put(attribute.getKey(), text(attribute.getValue()));
        }
        return shown;
    }

    /** An attribute value as the view shows it. */
    static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case BOOL_VALUE -> String.valueOf(value.getBoolValue());
            case INT_VALUE -> String.valueOf(value.getIntValue());
            case DOUBLE_VALUE -> String.valueOf(value.getDoubleValue());
            case BYTES_VALUE -> hex(value.getBytesValue());
            case ARRAY_VALUE -> value.getArrayValue().getValuesList().stream()
                    .map(OtlpTraceReader::text).collect(Collectors.joining(", ", "[", "]"));
            case KVLIST_VALUE -> value.getKvlistValue().getValuesList().stream()
                    .map(entry -> entry.getKey() + "=" + text(entry.getValue())).collect(Collectors.joining(", ", "{", "}"));
            default -> ""; // not set, or a kind the trace signal does not use
        };
    }

    private static String hex(ByteString bytes) {
        return HEX.formatHex(bytes.toByteArray());
    }
}
