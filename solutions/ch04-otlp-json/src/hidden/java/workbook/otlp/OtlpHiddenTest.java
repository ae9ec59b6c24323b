package workbook.otlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.opentelemetry.proto.trace.v1.TracesData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.SpanLog;
import workbook.trace.Trace;

/** Hidden examples: the corners of time, values, status, export, import, and the demo. */
class OtlpHiddenTest {

    private static final long EPOCH = 1_735_689_600_000_000_000L;
    private static final String TRACE = SampleTrace.TRACE;
    private static final String SPAN = "$.resourceSpans[0].scopeSpans[0].spans[0]";

    private final TimeMapping time = new TimeMapping(EPOCH);
    private final OtlpJsonExporter exporter = new OtlpJsonExporter(time);
    private final OtlpJsonImporter importer = new OtlpJsonImporter(time);

    private static String oneSpan(String spanFields) {
        return """
                {"resourceSpans": [{
                  "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "OrderService"}}]},
                  "scopeSpans": [{"spans": [{%s}]}]
                }]}""".formatted(spanFields);
    }

    private static String span(String extraFields) {
        return oneSpan("\"traceId\": \"" + TRACE + "\", \"spanId\": \"00f067aa0ba902b7\", \"name\": \"op\","
                + " \"startTimeUnixNano\": \"" + (EPOCH + 1_000_000_000L) + "\", \"endTimeUnixNano\": \""
                + (EPOCH + 2_000_000_000L) + "\"" + extraFields);
    }

    private static Trace traceOf(SpanData... spans) {
        Trace trace = new Trace(spans[0].traceId());
        for (SpanData span : spans) {
            trace.add(span);
        }
        return trace;
    }

    // ---- ch04.1 -------------------------------------------------------------------------

    @Test
    @Tag("ch04.1")
    @DisplayName("ch04.1 times before 1970 and overflow are errors, not wrong times; epochs keep their nanoseconds")
    void epochsAndOverflow() {
        TimeMapping early = TimeMapping.startingAt(Instant.parse("1970-01-01T00:00:00.000000001Z"));
        assertThat(early.epochUnixNano()).isEqualTo(1L);
        assertThat(early.toUnixNano(1.0)).isEqualTo(1_000_000_001L);
        assertThat(early.toUnixNano(-1e-9)).as("1970-01-01T00:00:00Z itself").isZero();
        assertThatThrownBy(() -> early.toUnixNano(-2e-9)).as("one nanosecond before 1970")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1970");
        assertThatThrownBy(() -> new TimeMapping(0).toUnixNano(-86_400.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-86400.0");
        assertThat(early.epoch()).isEqualTo(Instant.parse("1970-01-01T00:00:00.000000001Z"));
        assertThat(TimeMapping.DEFAULT.epochUnixNano()).isEqualTo(EPOCH);

        assertThatThrownBy(() -> time.toUnixNano(1e10)).as("1e10 s after 2025 does not fit in 64 bits")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.0E10");
        assertThatThrownBy(() -> time.toUnixNano(1e300)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeMapping(0).toUnixNano(0x1p63 / 1e9)).as("exactly 2^63 ns")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> time.toUnixNano(Double.NEGATIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> time.toSeconds(Long.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(Long.MIN_VALUE));
        assertThat(new TimeMapping(Long.MAX_VALUE).toUnixNano(0.0)).isEqualTo(Long.MAX_VALUE);
        assertThat(time.toUnixNano(-0.5)).as("a time before the epoch").isEqualTo(EPOCH - 500_000_000L);
    }

    // ---- ch04.2 -------------------------------------------------------------------------

    @Test
    @Tag("ch04.2")
    @DisplayName("ch04.2 non-finite doubles are written as protobuf's strings; other types are rejected")
    void nonFiniteDoublesAndOtherTypes() {
        assertThat(Json.write(AttributeValues.toAnyValue(Double.NaN))).isEqualTo("{\"doubleValue\":\"NaN\"}");
        assertThat(Json.write(AttributeValues.toAnyValue(Double.NEGATIVE_INFINITY)))
                .isEqualTo("{\"doubleValue\":\"-Infinity\"}");
        assertThat(Json.write(AttributeValues.toAnyValue(-0.0))).isEqualTo("{\"doubleValue\":-0.0}");
        assertThat(Json.write(AttributeValues.toAnyValue(""))).isEqualTo("{\"stringValue\":\"\"}");
        assertThatThrownBy(() -> AttributeValues.toAnyValue(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Integer");
        assertThatThrownBy(() -> AttributeValues.toAnyValue(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("null");
    }

    // ---- ch04.3 -------------------------------------------------------------------------

    @Test
    @Tag("ch04.3")
    @DisplayName("ch04.3 only a Boolean true counts; a non-string error message is written as text")
    void onlyBooleanTrueCounts() {
        assertThat(StatusRule.of(Map.of("error", "true", "success", "true"))).isEqualTo(new Otlp.Status(0, null));
        assertThat(StatusRule.of(Map.of("error", false, "success", true))).isEqualTo(new Otlp.Status(1, null));
        assertThat(StatusRule.of(Map.of("error", true, "error.message", 503L))).isEqualTo(new Otlp.Status(2, "503"));
    }

    // ---- ch04.4 -------------------------------------------------------------------------

    @Test
    @Tag("ch04.4")
    @DisplayName("ch04.4 a bare span has no attributes or events, status UNSET, and each kind its number")
    void bareSpansAndKinds() {
        SpanData internal = new SpanData(TRACE, "00000000000000a1", null, "a", "svc", SpanKind.INTERNAL, 0.0, 0.0,
                Map.of(), List.of(new SpanLog(0.0, "tick", Map.of())));
        SpanData server = new SpanData(TRACE, "00000000000000b2", "00000000000000a1", "b", "svc", SpanKind.SERVER,
                0.0, 0.0, Map.of(), List.of());
        SpanData client = new SpanData(TRACE, "00000000000000c3", "00000000000000b2", "c", "svc", SpanKind.CLIENT,
                0.0, 0.0, Map.of(), List.of());

        JsonNode spans = Json.tree(exporter.toJson(List.of(traceOf(internal, server, client))))
                .path("resourceSpans").path(0).path("scopeSpans").path(0).path("spans");

        assertThat(spans).extracting(span -> span.path("kind").asInt()).containsExactly(1, 2, 3);
        assertThat(spans.path(1).has("attributes")).as("empty attributes are left out: %s", spans.path(1)).isFalse();
        assertThat(spans.path(1).has("events")).as("no events are left out: %s", spans.path(1)).isFalse();
        assertThat(spans.path(1).path("status").toString()).isEqualTo("{\"code\":0}");
        assertThat(spans.path(0).path("events").path(0).toString())
                .isEqualTo("{\"timeUnixNano\":\"" + EPOCH + "\",\"name\":\"tick\"}");
        assertThat(spans.path(0).path("startTimeUnixNano").asText()).isEqualTo(String.valueOf(EPOCH));
    }

    @Test
    @Tag("ch04.4")
    @DisplayName("ch04.4 an empty operation name is still written, and reads back")
    void emptyNamesAreWritten() {
        SpanData unnamed = new SpanData(TRACE, "00000000000000a1", null, "", "svc", SpanKind.INTERNAL, 0.5, 1.0,
                Map.of("empty", ""), List.of(new SpanLog(0.75, " ", Map.of())));

        String json = exporter.toJson(List.of(traceOf(unnamed)));

        JsonNode span = Json.tree(json).path("resourceSpans").path(0).path("scopeSpans").path(0).path("spans").path(0);
        assertThat(span.path("name").isTextual()).as("name in %s", span).isTrue();
        assertThat(span.path("events").path(0).path("name").isTextual()).as("event name in %s", span).isTrue();
        OtlpSchema.parse(json);
        assertThat(new reference.workbook.otlp.OtlpJsonImporter(new reference.workbook.otlp.TimeMapping(EPOCH))
                .read(json)).containsExactly(unnamed);
    }

    // ---- ch04.5 -------------------------------------------------------------------------

    @Test
    @Tag("ch04.5")
    @DisplayName("ch04.5 no traces give an empty, valid document; services keep their first-seen order")
    void emptyDocumentAndServiceOrder() {
        assertThat(Json.tree(exporter.toJson(List.of())).toString()).isEqualTo("{\"resourceSpans\":[]}");
        OtlpSchema.parse(exporter.toJson(List.of()));

        SpanData b1 = new SpanData(TRACE, "00000000000000a1", null, "x", "B", SpanKind.SERVER, 0, 1, Map.of(), List.of());
        SpanData a = new SpanData(TRACE, "00000000000000b2", "00000000000000a1", "y", "A", SpanKind.SERVER, 0, 1,
                Map.of(), List.of());
        SpanData b2 = new SpanData(TRACE, "00000000000000c3", "00000000000000b2", "z", "B", SpanKind.CLIENT, 0, 1,
                Map.of(), List.of());
        Otlp.TracesData document = exporter.toOtlp(List.of(b1, a, b2));

        assertThat(document.resourceSpans()).extracting(r -> r.resource().attributes().get(0).value().stringValue())
                .containsExactly("B", "A");
        assertThat(document.resourceSpans().get(0).scopeSpans()).singleElement()
                .satisfies(scope -> assertThat(scope.spans()).extracting(Otlp.Span::name).containsExactly("x", "z"));
        assertThat(document.resourceSpans().get(0).scopeSpans().get(0).scope()).isEqualTo(OtlpJsonExporter.SCOPE);
    }

    @Test
    @Tag("ch04.5")
    @DisplayName("ch04.5 the demo writes the seed's scenario as valid OTLP/JSON and prints the summary")
    void demoWritesValidOtlp(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("traces.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = ExportDemo.run(print(out), print(new ByteArrayOutputStream()), "--out", file.toString());

        assertThat(status).isZero();
        String json = Files.readString(file);
        TracesData traces = OtlpSchema.parse(json);
        assertThat(traces.getResourceSpansList()).hasSize(2);
        List<SpanData> spans = importer.read(json);
        assertThat(spans).hasSize(9);
        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(summary).contains("Wrote 9 spans of 3 traces").containsPattern("(?m)^Trace [0-9a-f]{32}: ");
        assertThat(summary.lines().filter(line -> line.startsWith("Trace "))).hasSize(3);
        try (var files = Files.list(folder)) {
            assertThat(files).as("nothing but the file is left in its folder").containsExactly(file);
        }

        Path taken = Files.createDirectories(folder.resolve("taken"));
        Files.writeString(taken.resolve("keep"), "x");
        ByteArrayOutputStream failure = new ByteArrayOutputStream();
        assertThat(ExportDemo.run(print(new ByteArrayOutputStream()), print(failure), "--out", taken.toString()))
                .as("writing over a folder that is not empty").isEqualTo(1);
        assertThat(failure.toString(StandardCharsets.UTF_8)).startsWith("ch04-demo: cannot write " + taken);
        try (var files = Files.list(folder)) {
            assertThat(files).as("a failed write leaves no partial file").containsExactlyInAnyOrder(file, taken);
        }

        Path html = folder.resolve("traces.html");
        ByteArrayOutputStream withHtml = new ByteArrayOutputStream();
        assertThat(ExportDemo.run(print(withHtml), print(new ByteArrayOutputStream()), "--out", file.toString(),
                "--html", html.toString())).isZero();
        assertThat(Files.size(html)).isPositive();
        assertThat(withHtml.toString(StandardCharsets.UTF_8)).contains("Wrote " + html + ": 3 traces");
    }

    @Test
    @Tag("ch04.5")
    @DisplayName("ch04.5 without --out the JSON alone goes to standard output, the summary to standard error")
    void demoWithoutOutKeepsStandardOutputJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = ExportDemo.run(print(out), print(err), "--requests", "2", "--seed", "7",
                "--epoch", "2030-06-01T12:00:00Z");

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).as("the document ends with a line break").endsWith("\n");
        TracesData traces = OtlpSchema.parse(out.toString(StandardCharsets.UTF_8));
        assertThat(traces.getResourceSpans(0).getScopeSpans(0).getSpans(0).getStartTimeUnixNano())
                .isGreaterThan(1_906_372_800_000_000_000L);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("Trace "))).hasSize(2);
        assertThat(ExportDemo.run(print(out), print(err), "--epoch", "yesterday")).isNotZero();
        ByteArrayOutputStream failure = new ByteArrayOutputStream();
        assertThat(ExportDemo.run(print(out), print(failure), "--out", "/nonexistent-folder/x.json")).isEqualTo(1);
        assertThat(failure.toString(StandardCharsets.UTF_8)).startsWith("ch04-demo: ").contains("nonexistent-folder");
        ByteArrayOutputStream before1970 = new ByteArrayOutputStream();
        assertThat(ExportDemo.run(print(out), print(new ByteArrayOutputStream()), "--epoch", "1969-12-31T23:59:59Z"))
                .isEqualTo(1);
        assertThat(ExportDemo.run(print(out), print(before1970), "--epoch", "1960-01-01T00:00:00Z")).isEqualTo(1);
        assertThat(before1970.toString(StandardCharsets.UTF_8)).startsWith("ch04-demo: ")
                .contains("1970-01-01T00:00:00Z or later");
    }

    // ---- ch04.6 -------------------------------------------------------------------------

    @Test
    @Tag("ch04.6")
    @DisplayName("ch04.6 arrays, key-value lists and bytes are rejected; null fields count as absent")
    void unsupportedAndNullValues() {
        assertThatThrownBy(() -> AttributeValues.readTag(Json.cursor("{\"arrayValue\":{\"values\":[]}}")))
                .isInstanceOf(OtlpFormatException.class).hasMessageContaining("arrayValue");
        assertThatThrownBy(() -> AttributeValues.readTag(Json.cursor("{\"kvlistValue\":{}}")))
                .isInstanceOf(OtlpFormatException.class).hasMessageContaining("kvlistValue");
        assertThatThrownBy(() -> AttributeValues.readTag(Json.cursor("{\"bytesValue\":\"AAE=\"}")))
                .isInstanceOf(OtlpFormatException.class).hasMessageContaining("bytesValue");
        assertThat(AttributeValues.readTag(Json.cursor("{\"stringValue\":null,\"boolValue\":true}"))).isEqualTo(true);
        assertThat(AttributeValues.readTag(Json.cursor("{\"doubleValue\":\"-Infinity\"}")))
                .isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(AttributeValues.readTag(Json.cursor("{\"doubleValue\":3}"))).isEqualTo(3.0);
        assertThat(AttributeValues.readTag(Json.cursor("{\"intValue\":\"-9223372036854775808\"}")))
                .isEqualTo(Long.MIN_VALUE);
    }

    @Test
    @Tag("ch04.6")
    @DisplayName("ch04.6 an intValue out of range or with a fraction is an error at its path")
    void badIntValues() {
        assertThatThrownBy(() -> AttributeValues.readTag(Json.cursor("{\"intValue\":\"9223372036854775808\"}")))
                .isInstanceOf(OtlpFormatException.class).hasMessageStartingWith("$.intValue: ")
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> AttributeValues.readTag(Json.cursor("{\"intValue\":1.5}")))
                .isInstanceOf(OtlpFormatException.class).hasMessageStartingWith("$.intValue: ");
        assertThatThrownBy(() -> AttributeValues.readTag(Json.cursor("{\"stringValue\":5}")))
                .isInstanceOf(OtlpFormatException.class).hasMessage("$.stringValue: expected a string, got a number 5");
        assertThatThrownBy(() -> AttributeValues.readTag(Json.cursor("{}"))).hasMessageEndingWith("got none");
        assertThatThrownBy(() -> AttributeValues.readTag(Json.cursor("{\"intValue\":\"1\",\"doubleValue\":1}")))
                .hasMessageEndingWith("got intValue and doubleValue");
        assertThatThrownBy(() -> AttributeValues.readTag(Json.cursor("[]")))
                .isInstanceOf(OtlpFormatException.class).hasMessage("$: expected an object, got an array");
    }

    @Test
    @Tag("ch04.6")
    @DisplayName("ch04.6 other producers' forms are read: intValue as a JSON integer, NaN and Infinity as strings")
    void otherProducersForms() {
        assertThat(AttributeValues.readTag(Json.cursor("{\"intValue\":200}"))).isEqualTo(200L);
        assertThat(AttributeValues.readTag(Json.cursor("{\"intValue\":-9223372036854775808}"))).isEqualTo(Long.MIN_VALUE);
        assertThat(AttributeValues.readTag(Json.cursor("{\"doubleValue\":\"NaN\"}"))).isEqualTo(Double.NaN);
        assertThat(AttributeValues.readTag(Json.cursor("{\"doubleValue\":\"Infinity\"}"))).isEqualTo(Double.POSITIVE_INFINITY);
    }

    // ---- ch04.7 -------------------------------------------------------------------------

    @Test
    @Tag("ch04.7")
    @DisplayName("ch04.7 every OTLP kind is read; unknown kinds, an end before the start and duplicate keys are errors at their paths")
    void semanticErrorsNameTheirPaths() {
        assertThatThrownBy(() -> importer.read(span(", \"kind\": 6")))
                .isInstanceOf(OtlpFormatException.class).hasMessageStartingWith(SPAN + ".kind: ")
                .hasMessageContaining("6");
        assertThat(importer.read(span(", \"kind\": 0")).get(0).kind()).isEqualTo(SpanKind.INTERNAL);
        assertThat(importer.read(span(", \"kind\": 3")).get(0).kind()).isEqualTo(SpanKind.CLIENT);
        assertThat(importer.read(span(", \"kind\": 4")).get(0).kind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(importer.read(span(", \"kind\": 5")).get(0).kind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(importer.read(span(", \"kind\": \"SPAN_KIND_CONSUMER\"")).get(0).kind()).isEqualTo(SpanKind.CONSUMER);
        assertThatThrownBy(() -> importer.read(span(", \"kind\": \"CONSUMER\"")))
                .isInstanceOf(OtlpFormatException.class).hasMessageStartingWith(SPAN + ".kind: ");
        assertThatThrownBy(() -> importer.read(span(", \"kind\": 99999999999")))
                .isInstanceOf(OtlpFormatException.class).hasMessageStartingWith(SPAN + ".kind: ");

        String backwards = oneSpan("\"traceId\": \"" + TRACE + "\", \"spanId\": \"00f067aa0ba902b7\", \"name\": \"op\","
                + " \"startTimeUnixNano\": \"2000\", \"endTimeUnixNano\": \"1000\"");
        assertThatThrownBy(() -> importer.read(backwards))
                .isInstanceOf(OtlpFormatException.class).hasMessageStartingWith(SPAN + ": ")
                .hasMessageContaining("before");

        assertThatThrownBy(() -> importer.read(span(", \"attributes\": [{\"key\": \"a\", \"value\": {\"boolValue\": true}},"
                + " {\"key\": \"a\", \"value\": {\"boolValue\": false}}]")))
                .isInstanceOf(OtlpFormatException.class)
                .hasMessageStartingWith(SPAN + ".attributes[1].key: duplicate");
        assertThatThrownBy(() -> importer.read(span(", \"attributes\": [{\"key\": \" \", \"value\": {\"boolValue\": true}}]")))
                .isInstanceOf(OtlpFormatException.class).hasMessageStartingWith(SPAN + ".attributes[0].key: ");
    }

    @Test
    @Tag("ch04.7")
    @DisplayName("ch04.7 events, parents and IDs are checked where they are")
    void eventsParentsAndIds() {
        assertThatThrownBy(() -> importer.read(span(", \"events\": [{\"name\": \"retry\"}]")))
                .isInstanceOf(OtlpFormatException.class)
                .hasMessage(SPAN + ".events[0].timeUnixNano: missing required field");
        assertThat(importer.read(span(", \"parentSpanId\": \"00F067AA0BA902B7\"")).get(0).parentSpanId())
                .as("an upper-case ID, kept in lowercase").isEqualTo("00f067aa0ba902b7");
        assertThatThrownBy(() -> importer.read(span(", \"parentSpanId\": \"00F067AA0BA902BG\"")))
                .isInstanceOf(OtlpFormatException.class).hasMessageStartingWith(SPAN + ".parentSpanId: ")
                .hasMessageContaining("00F067AA0BA902BG");
        assertThatThrownBy(() -> importer.read(span(", \"events\": [{\"timeUnixNano\": \"" + EPOCH + "\", \"name\": \"\"}]")))
                .isInstanceOf(OtlpFormatException.class).hasMessageStartingWith(SPAN + ".events[0].name: ")
                .hasMessageContaining("without a name");
        assertThat(importer.read(span(", \"parentSpanId\": null")).get(0).isRoot()).isTrue();
        List<SpanData> withEvent = importer.read(span(", \"events\": [{\"timeUnixNano\": \"" + (EPOCH + 1_250_000_000L)
                + "\", \"name\": \"retry\", \"attributes\": [{\"key\": \"attempt\", \"value\": {\"intValue\": \"2\"}}]}]"));
        assertThat(withEvent.get(0).logs()).containsExactly(new SpanLog(1.25, "retry", Map.of("attempt", 2L)));
        String badSpanId = oneSpan("\"traceId\": \"" + TRACE + "\", \"spanId\": \"0000000000000000\", \"name\": \"op\","
                + " \"startTimeUnixNano\": \"1\", \"endTimeUnixNano\": \"2\"");
        assertThatThrownBy(() -> importer.read(badSpanId))
                .isInstanceOf(OtlpFormatException.class).hasMessageStartingWith(SPAN + ".spanId: ");
    }

    @Test
    @DisplayName("provided code: broken documents; a resource without service.name is unknown_service")
    void brokenDocuments() {
        assertThatThrownBy(() -> importer.read("{\"resourceSpans\": [")).isInstanceOf(OtlpFormatException.class)
                .hasMessageStartingWith("$: not valid JSON").hasMessageContaining("(line 1, column ");
        assertThatThrownBy(() -> importer.read("")).isInstanceOf(OtlpFormatException.class)
                .hasMessageContaining("empty");
        assertThat(importer.read("{}")).isEmpty();
        assertThat(importer.read("{\"resourceSpans\": [{\"scopeSpans\": []}]}")).isEmpty();
        assertThat(importer.read(span(", \"kind\": \"SPAN_KIND_UNSPECIFIED\"")).get(0).kind()).isEqualTo(SpanKind.INTERNAL);
        assertThat(importer.read("{\"resourceSpans\": [{\"resource\": {}}]}")).isEmpty();
        assertThatThrownBy(() -> importer.read("{\"resourceSpans\": [{\"resource\": {\"attributes\": [{\"key\":"
                + " \"service.name\", \"value\": {\"stringValue\": \" \"}}]}}]}"))
                .isInstanceOf(OtlpFormatException.class).hasMessageStartingWith("$.resourceSpans[0].resource.attributes[0]: ")
                .hasMessageContaining("service.name");
        assertThatThrownBy(() -> importer.read("{\"resourceSpans\": [{\"resource\": {\"attributes\": [{\"key\":"
                + " \"service.name\", \"value\": {\"intValue\": \"1\"}}]}}]}"))
                .isInstanceOf(OtlpFormatException.class).hasMessageContaining("intValue");
        OtlpFormatException problem = new OtlpFormatException("$.x", "bad");
        assertThat(problem.path()).isEqualTo("$.x");
        assertThat(problem.problem()).isEqualTo("bad");
        assertThat(Json.cursor("{\"a\":[1]}").field("a").elements().get(0).toString()).isEqualTo("$.a[0] = 1");
        assertThat(Json.cursor("{\"a\":{\"b\":[0,{}]}}").field("a").elements("b").get(1).path()).isEqualTo("$.a.b[1]");
        String forty = "\"" + "x".repeat(38) + "\"";
        assertThatThrownBy(() -> Json.cursor("{\"a\":" + forty + "}").field("a").bool())
                .hasMessage("$.a: expected true or false, got a string " + forty);
        assertThatThrownBy(() -> Json.cursor("{\"a\":\"" + "x".repeat(39) + "\"}").field("a").bool())
                .hasMessage("$.a: expected true or false, got a string");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
