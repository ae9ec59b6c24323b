package workbook.spancost;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import workbook.trace.SpanData;
import workbook.trace.SpanLog;

/**
 * The bytes of information in a span, the yardstick for what holding it costs: its IDs as
 * bytes (16 for the trace, 8 for the span, 8 for a parent), its names and string values in
 * UTF-8, one byte for its kind, 8 for each time and number, 1 for each boolean, and its tag and
 * log field keys. No encoding can hold a span in much less without compressing it; OTLP's
 * protobuf needs a few bytes more (field tags and lengths).
 *
 * <p>Stateless.
 */
public final class SpanPayload {

    private SpanPayload() {}

    /** The payload of {@code span} in bytes. */
    public static long bytes(SpanData span) {
        long bytes = 16 + 8 + (span.parentSpanId() == null ? 0 : 8);
        bytes += utf8(span.operationName()) + utf8(span.serviceName()) + 1 + 8 + 8;
        bytes += fields(span.tags());
        for (SpanLog log : span.logs()) {
            bytes += 8 + utf8(log.message()) + fields(log.fields());
        }
        return bytes;
    }

    private static long fields(Map<String, Object> fields) {
        long bytes = 0;
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            Object value = field.getValue();
            bytes += utf8(field.getKey()) + (value instanceof String text ? utf8(text) : value instanceof Boolean ? 1 : 8);
        }
        return bytes;
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
