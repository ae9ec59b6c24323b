package workbook.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.trace.SpanData;
import workbook.testkit.Thrown;

class OtlpJsonImporterTest {

    private static final String SPAN_PATH = "$.resourceSpans[0].scopeSpans[0].spans[0]";

    private final TimeMapping time = new TimeMapping(1_735_689_600_000_000_000L);
    private final OtlpJsonImporter importer = new OtlpJsonImporter(time);

    /** A document with one span of OrderService whose fields are {@code spanFields}. */
    private static String oneSpan(String spanFields) {
        return """
                {"resourceSpans": [{
                  "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "OrderService"}}]},
                  "scopeSpans": [{"scope": {"name": "test"}, "spans": [{%s}]}]
                }]}""".formatted(spanFields);
    }

    @Test
    @Tag("ch04.7")
    @DisplayName("ch04.7 reading an export gives back the same spans")
    void exportThenImportGivesBackTheSpans() {
        String json = new OtlpJsonExporter(time).toJson(List.of(SampleTrace.trace()));

        List<SpanData> spans = importer.read(json);

        assertThat(spans).containsExactlyInAnyOrderElementsOf(SampleTrace.spans());
    }

    @Test
    @Tag("ch04.7")
    @DisplayName("ch04.7 a span from another producer: kind missing means INTERNAL, empty parentSpanId means root")
    void otherProducersDefaultsAreUnderstood() {
        List<SpanData> spans = importer.read(oneSpan("""
                "traceId": "4bf92f3577b34da6a3ce929d0e0e4736", "spanId": "00f067aa0ba902b7", "parentSpanId": "",
                "name": "GET /orders", "startTimeUnixNano": "1735689601500000000", "endTimeUnixNano": 1735689602000000000,
                "flags": 1, "droppedAttributesCount": 0"""));

        assertThat(spans).hasSize(1);
        SpanData span = spans.get(0);
        assertThat(span.serviceName()).isEqualTo("OrderService");
        assertThat(span.isRoot()).as("a root span").isTrue();
        assertThat(span.kind()).isEqualTo(workbook.trace.SpanKind.INTERNAL);
        assertThat(span.startTime()).isEqualTo(1.5);
        assertThat(span.endTime()).isEqualTo(2.0);
    }

    @Test
    @Tag("ch04.7")
    @DisplayName("ch04.7 a malformed trace ID is an error naming its path and the bad value")
    void malformedTraceIdNamesItsPath() {
        String json = oneSpan("""
                "traceId": "trace_7994353", "spanId": "00f067aa0ba902b7", "name": "op",
                "startTimeUnixNano": "1", "endTimeUnixNano": "2\"""");

        assertThat(Thrown.by(() -> importer.read(json)))
                .isInstanceOf(OtlpFormatException.class)
                .hasMessageStartingWith(SPAN_PATH + ".traceId: ")
                .hasMessageContaining("trace_7994353");
    }

    @Test
    @Tag("ch04.7")
    @DisplayName("ch04.7 a missing name is an error naming the missing field's path")
    void missingNameNamesItsPath() {
        String json = oneSpan("""
                "traceId": "4bf92f3577b34da6a3ce929d0e0e4736", "spanId": "00f067aa0ba902b7",
                "startTimeUnixNano": "1", "endTimeUnixNano": "2\"""");

        assertThat(Thrown.by(() -> importer.read(json)))
                .isInstanceOf(OtlpFormatException.class)
                .hasMessage(SPAN_PATH + ".name: missing required field");
    }

    @Test
    @Tag("ch04.7")
    @DisplayName("ch04.7 a time of the wrong type is an error naming its path")
    void wrongTypeNamesItsPath() {
        String json = oneSpan("""
                "traceId": "4bf92f3577b34da6a3ce929d0e0e4736", "spanId": "00f067aa0ba902b7", "name": "op",
                "startTimeUnixNano": true, "endTimeUnixNano": "2\"""");

        assertThat(Thrown.by(() -> importer.read(json)))
                .isInstanceOf(OtlpFormatException.class)
                .hasMessageStartingWith(SPAN_PATH + ".startTimeUnixNano: expected a 64-bit integer");
    }
}
