package workbook.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.TracesData;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.trace.SpanData;

class OtlpJsonExporterTest {

    private final OtlpJsonExporter exporter = new OtlpJsonExporter(new TimeMapping(1_735_689_600_000_000_000L));

    /** One span as the exporter writes it, as a JSON tree. */
    private JsonNode exported(SpanData span) {
        return Json.tree(Json.write(exporter.toOtlpSpan(span)));
    }

    @Test
    @Tag("ch04.4")
    @DisplayName("ch04.4 a span is written with hex IDs, its name, kind as an integer and times as decimal strings")
    void spanFieldsFollowOtlpJson() {
        JsonNode span = exported(SampleTrace.HANDLE);

        assertThat(span.path("traceId").asText()).isEqualTo(SampleTrace.TRACE);
        assertThat(span.path("parentSpanId").asText()).isEqualTo(SampleTrace.CLIENT_SPAN);
        assertThat(span.path("name").asText()).isEqualTo("handle_request");
        assertThat(span.path("kind").isInt()).as("kind is a JSON integer: %s", span.path("kind")).isTrue();
        assertThat(span.path("kind").asInt()).as("kind of a SERVER span").isEqualTo(2);
        assertThat(span.path("startTimeUnixNano").isTextual()).as("times are strings: %s", span).isTrue();
        assertThat(span.path("startTimeUnixNano").asText()).isEqualTo("1735689601600000000");
        assertThat(span.path("endTimeUnixNano").asText()).isEqualTo("1735689601850000000");
    }

    @Test
    @Tag("ch04.4")
    @DisplayName("ch04.4 a root span has no parentSpanId field at all")
    void rootHasNoParentSpanId() {
        JsonNode root = exported(SampleTrace.CLIENT);

        assertThat(root.has("parentSpanId")).as("the root span as exported: %s", root).isFalse();
    }

    @Test
    @Tag("ch04.4")
    @DisplayName("ch04.4 logs become events, and a failed span has status ERROR with its message")
    void logsBecomeEventsAndFailuresAnErrorStatus() {
        JsonNode span = exported(SampleTrace.HANDLE);

        JsonNode event = span.path("events").path(0);
        assertThat(event.path("name").asText()).as("event: %s", event).isEqualTo("exception");
        assertThat(event.path("timeUnixNano").asText()).isEqualTo("1735689601840000000");
        assertThat(event.path("attributes")).hasSize(2);
        assertThat(span.path("status").path("code").asInt()).as("status: %s", span.path("status")).isEqualTo(2);
        assertThat(span.path("status").path("message").asText()).isEqualTo("payment declined");
    }

    @Test
    @Tag("ch04.5")
    @DisplayName("ch04.5 spans are grouped into one resource per service, named by service.name")
    void oneResourcePerService() {
        TracesData traces = OtlpSchema.parse(exporter.toJson(List.of(SampleTrace.trace())));

        assertThat(traces.getResourceSpansList()).as("resourceSpans").hasSize(2);
        ResourceSpans orderService = traces.getResourceSpans(0);
        assertThat(orderService.getResource().getAttributes(0).getKey()).isEqualTo("service.name");
        assertThat(orderService.getResource().getAttributes(0).getValue().getStringValue()).isEqualTo("OrderService");
        assertThat(orderService.getScopeSpansList()).hasSize(1);
        assertThat(orderService.getScopeSpans(0).getScope().getName()).isEqualTo("distributed-tracing-workbook");
        assertThat(orderService.getScopeSpans(0).getScope().getVersion()).isEqualTo("1.0.0");
        assertThat(orderService.getScopeSpans(0).getSpansList()).extracting(Span::getName)
                .containsExactly("process_data", "handle_request");
        assertThat(traces.getResourceSpans(1).getScopeSpans(0).getSpansList()).extracting(Span::getName)
                .containsExactly("make_request");
    }

    @Test
    @Tag("ch04.5")
    @DisplayName("ch04.5 the export is valid against the official OTLP protobuf schema")
    void exportIsValidOtlp() {
        TracesData traces = OtlpSchema.parse(exporter.toJson(List.of(SampleTrace.trace())));

        Span handle = traces.getResourceSpans(0).getScopeSpans(0).getSpans(1);
        assertThat(handle.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_SERVER);
        assertThat(handle.getStatus().getCode()).isEqualTo(io.opentelemetry.proto.trace.v1.Status.StatusCode.STATUS_CODE_ERROR);
        assertThat(handle.getStartTimeUnixNano()).isEqualTo(1_735_689_601_600_000_000L);
        assertThat(traces.getResourceSpans(0).getScopeSpans(0).getSpans(0).getAttributesList())
                .anySatisfy(attribute -> assertThat(attribute.getValue().getIntValue()).isEqualTo(3L));
    }
}
