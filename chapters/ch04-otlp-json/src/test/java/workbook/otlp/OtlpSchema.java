package workbook.otlp;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.opentelemetry.proto.trace.v1.TracesData;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks JSON against the official OTLP schema: the protobuf definitions published as
 * {@code io.opentelemetry.proto:opentelemetry-proto}, parsed with protobuf's own JSON
 * parser, which rejects unknown fields, wrong types and bad enum numbers.
 *
 * <p>One step first, as every OTLP receiver does: OTLP/JSON writes trace and span IDs as
 * hex, while protobuf's JSON mapping writes bytes as base64, so the IDs are converted.
 */
final class OtlpSchema {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ID_FIELDS = List.of("traceId", "spanId", "parentSpanId");

    private OtlpSchema() {}

    /** The document parsed as OTLP {@code TracesData}, or a test failure saying why it is not valid OTLP/JSON. */
    static TracesData parse(String json) {
        try {
            JsonNode document = JSON.readTree(json);
            for (JsonNode resourceSpans : document.path("resourceSpans")) {
                for (JsonNode scopeSpans : resourceSpans.path("scopeSpans")) {
                    for (JsonNode span : scopeSpans.path("spans")) {
                        hexIdsToBase64((ObjectNode) span);
                    }
                }
            }
            TracesData.Builder traces = TracesData.newBuilder();
            JsonFormat.parser().merge(JSON.writeValueAsString(document), traces);
            return traces.build();
        } catch (InvalidProtocolBufferException | IllegalArgumentException e) {
            return fail("not valid OTLP/JSON: " + e.getMessage() + "\n" + json);
        } catch (java.io.IOException e) {
            return fail("not JSON: " + e.getMessage() + "\n" + json);
        }
    }

    private static void hexIdsToBase64(ObjectNode span) {
        for (String field : ID_FIELDS) {
            JsonNode id = span.get(field);
            if (id != null && id.isTextual()) {
                span.put(field, Base64.getEncoder().encodeToString(HexFormat.of().parseHex(id.textValue())));
            }
        }
    }
}
