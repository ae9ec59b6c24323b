package workbook.otlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.ArrayValue;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.common.v1.KeyValueList;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import io.opentelemetry.proto.trace.v1.TracesData;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;

/**
 * Trace files written by other OTLP producers, not by this chapter's exporter: hand-written
 * fixtures (upper-case IDs, PRODUCER and CONSUMER spans, a resource without
 * {@code service.name}, spans with links), and random documents written by protobuf's own
 * printer with the official OTLP classes. What the official parser accepts either imports
 * or is refused with an {@link OtlpFormatException}; nothing else escapes.
 */
class ForeignFilesHiddenTest {

    private static final long EPOCH = 1_735_689_600_000_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OtlpJsonImporter importer = new OtlpJsonImporter(new TimeMapping(EPOCH));

    /**
     * A message queue between two services: checkout's PRODUCER span, and a CONSUMER span of a
     * resource without {@code service.name} that links to it. IDs in upper and mixed case;
     * links, flags, a trace state, a status, dropped counts and scope attributes, which the
     * workbook does not model. No span attributes: those are ch04.6's.
     */
    static final String QUEUE = """
            {"resourceSpans": [
              {"resource": {"attributes": [
                  {"key": "service.name", "value": {"stringValue": "checkout"}},
                  {"key": "process.command_args", "value": {"arrayValue": {"values": [{"stringValue": "java"}]}}}]},
               "scopeSpans": [{"scope": {"name": "shop.queue", "version": "2.1",
                                         "attributes": [{"key": "a", "value": {"boolValue": true}}]},
                 "spans": [
                   {"traceId": "5B8EFFF798038103D269B633813FC60C", "spanId": "EEE19B7EC3C1B174",
                    "parentSpanId": "eee19b7ec3c1b173", "name": "orders publish", "kind": 4,
                    "startTimeUnixNano": "1735689601000000000", "endTimeUnixNano": "1735689601250000000",
                    "flags": 257, "traceState": "rojo=00f067aa0ba902b7",
                    "status": {"code": 1}, "droppedAttributesCount": 3,
                    "events": [{"timeUnixNano": "1735689601100000000", "name": "enqueued"}]}]}]},
              {"resource": {},
               "scopeSpans": [{"spans": [
                   {"traceId": "0af7651916cd43dd8448eb211c80319c", "spanId": "B7AD6B7169203331",
                    "name": "orders process", "kind": "SPAN_KIND_CONSUMER",
                    "startTimeUnixNano": "1735689602000000000", "endTimeUnixNano": 1735689602500000000,
                    "links": [{"traceId": "5B8EFFF798038103D269B633813FC60C", "spanId": "EEE19B7EC3C1B174",
                               "traceState": "", "flags": 1}],
                    "droppedLinksCount": 0}]}]}
            ]}""";

    @Test
    @Tag("ch04.7")
    @DisplayName("ch04.7 another producer's file: upper-case IDs, PRODUCER and CONSUMER, no service.name, links")
    void anotherProducersFileImports() {
        assertThat(parsedByTheOfficialParser(QUEUE).getResourceSpansCount()).isEqualTo(2);

        List<SpanData> spans = importer.read(QUEUE);

        assertThat(spans).hasSize(2);
        SpanData producer = spans.get(0);
        assertThat(producer.traceId()).as("an upper-case trace ID, kept in lowercase")
                .isEqualTo("5b8efff798038103d269b633813fc60c");
        assertThat(producer.spanId()).isEqualTo("eee19b7ec3c1b174");
        assertThat(producer.parentSpanId()).isEqualTo("eee19b7ec3c1b173");
        assertThat(producer.kind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(producer.serviceName()).isEqualTo("checkout");
        assertThat(producer.startTime()).isEqualTo(1.0);
        assertThat(producer.endTime()).isEqualTo(1.25);
        assertThat(producer.tags()).isEmpty();
        assertThat(producer.logs()).singleElement().satisfies(log -> {
            assertThat(log.message()).isEqualTo("enqueued");
            assertThat(log.timestamp()).isEqualTo(1.1);
        });
        SpanData consumer = spans.get(1);
        assertThat(consumer.spanId()).isEqualTo("b7ad6b7169203331");
        assertThat(consumer.parentSpanId()).as("a span without parentSpanId is a root").isNull();
        assertThat(consumer.kind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(consumer.serviceName()).isEqualTo(OtlpJsonImporter.UNKNOWN_SERVICE);
        assertThat(consumer.endTime()).isEqualTo(2.5);
    }

    @Test
    @Tag("ch04.7")
    @DisplayName("ch04.7 field names as the .proto file spells them, and enum names, import too")
    void protoFieldNamesImport() throws Exception {
        Span span = Span.newBuilder()
                .setTraceId(bytes("0AF7651916CD43DD8448EB211C80319C")).setSpanId(bytes("00F067AA0BA902B7"))
                .setParentSpanId(bytes("B7AD6B7169203331")).setName("charge").setKind(Span.SpanKind.SPAN_KIND_CLIENT)
                .setStartTimeUnixNano(EPOCH + 500_000_000L).setEndTimeUnixNano(EPOCH + 750_000_000L)
                .addEvents(Span.Event.newBuilder().setName("retry").setTimeUnixNano(EPOCH + 600_000_000L))
                .build();
        String json = otlpJson(TracesData.newBuilder().addResourceSpans(ResourceSpans.newBuilder()
                .setResource(serviceNamed("payments")).addScopeSpans(ScopeSpans.newBuilder().addSpans(span))).build(),
                JsonFormat.printer().preservingProtoFieldNames(), new Random(1));

        assertThat(json).contains("\"parent_span_id\"").contains("\"SPAN_KIND_CLIENT\"");
        SpanData read = importer.read(json).get(0);
        assertThat(read.traceId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(read.parentSpanId()).isEqualTo("b7ad6b7169203331");
        assertThat(read.kind()).isEqualTo(SpanKind.CLIENT);
        assertThat(read.startTime()).isEqualTo(0.5);
        assertThat(read.logs()).singleElement().satisfies(log -> assertThat(log.message()).isEqualTo("retry"));
        assertThat(read.serviceName()).isEqualTo("payments");
    }

    @Property(tries = 300, seed = "410")
    void everyDocumentTheOfficialPrinterWritesImportsOrIsRefusedWithAReason(@ForAll long seed) throws Exception {
        Random random = new Random(seed);
        TracesData traces = randomTraces(random);
        JsonFormat.Printer printer = JsonFormat.printer();
        printer = random.nextBoolean() ? printer.printingEnumsAsInts() : printer;
        printer = random.nextInt(4) == 0 ? printer.preservingProtoFieldNames() : printer;
        String json = otlpJson(traces, printer, random);

        Throwable thrown = catchThrowable(() -> importer.read(json));

        if (thrown == null) {
            List<SpanData> spans = importer.read(json);
            assertThat(spans).as("spans imported from %s", json).hasSize(traces.getResourceSpansList().stream()
                    .flatMap(resource -> resource.getScopeSpansList().stream())
                    .mapToInt(ScopeSpans::getSpansCount).sum());
            assertThat(spans).allSatisfy(span -> assertThat(span.traceId()).matches("[0-9a-f]{32}"));
        } else {
            assertThat(thrown).as("the import of %s", json).isInstanceOf(OtlpFormatException.class);
            assertThat(((OtlpFormatException) thrown).path()).startsWith("$");
        }
    }

    // ---- documents as other producers write them ------------------------------------------

    /** The OTLP/JSON of {@code traces}: protobuf's JSON with its base64 IDs turned into hex of random case. */
    static String otlpJson(TracesData traces, JsonFormat.Printer printer, Random random) throws Exception {
        JsonNode document = JSON.readTree(printer.print(traces));
        base64IdsToHex(document, random);
        return JSON.writeValueAsString(document);
    }

    private static void base64IdsToHex(JsonNode node, Random random) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (List.of("traceId", "spanId", "parentSpanId", "trace_id", "span_id", "parent_span_id")
                        .contains(field.getKey()) && field.getValue().isTextual()) {
                    String hex = HexFormat.of().formatHex(Base64.getDecoder().decode(field.getValue().textValue()));
                    field.setValue(JSON.getNodeFactory().textNode(
                            random.nextInt(3) == 0 ? hex.toUpperCase(Locale.ROOT) : hex));
                } else {
                    base64IdsToHex(field.getValue(), random);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(element -> base64IdsToHex(element, random));
        }
    }

    /** What protobuf's own JSON parser reads from an OTLP/JSON document, after turning hex IDs into base64. */
    static TracesData parsedByTheOfficialParser(String json) {
        try {
            JsonNode document = JSON.readTree(json);
            hexIdsToBase64(document);
            TracesData.Builder traces = TracesData.newBuilder();
            JsonFormat.parser().merge(JSON.writeValueAsString(document), traces);
            return traces.build();
        } catch (InvalidProtocolBufferException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("the official parser refuses the fixture: " + e.getMessage(), e);
        }
    }

    private static void hexIdsToBase64(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (List.of("traceId", "spanId", "parentSpanId").contains(field.getKey()) && field.getValue().isTextual()) {
                    field.setValue(JSON.getNodeFactory().textNode(Base64.getEncoder().encodeToString(
                            HexFormat.of().parseHex(field.getValue().textValue()))));
                } else {
                    hexIdsToBase64(field.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(ForeignFilesHiddenTest::hexIdsToBase64);
        }
    }

    private static ByteString bytes(String hex) {
        return ByteString.copyFrom(HexFormat.of().parseHex(hex));
    }

    private static Resource serviceNamed(String name) {
        return Resource.newBuilder().addAttributes(KeyValue.newBuilder().setKey("service.name")
                .setValue(AnyValue.newBuilder().setStringValue(name))).build();
    }

    /** Random documents within the official schema, including what the workbook cannot hold. */
    private static TracesData randomTraces(Random random) {
        TracesData.Builder traces = TracesData.newBuilder();
        for (int r = random.nextInt(3); r >= 0; r--) {
            ResourceSpans.Builder resource = ResourceSpans.newBuilder();
            switch (random.nextInt(5)) {
                case 0 -> { } // no resource
                case 1 -> resource.setResource(Resource.getDefaultInstance());
                case 2 -> resource.setResource(Resource.newBuilder().addAttributes(KeyValue.newBuilder()
                        .setKey("service.name").setValue(randomValue(random, 0))));
                default -> resource.setResource(serviceNamed("svc" + random.nextInt(3)).toBuilder()
                        .addAttributes(KeyValue.newBuilder().setKey("host.arch").setValue(randomValue(random, 0))));
            }
            for (int s = random.nextInt(3); s >= 0; s--) {
                ScopeSpans.Builder scope = ScopeSpans.newBuilder();
                if (random.nextBoolean()) {
                    scope.setScope(InstrumentationScope.newBuilder().setName("lib").setVersion("1"));
                }
                for (int n = random.nextInt(4); n > 0; n--) {
                    scope.addSpans(randomSpan(random));
                }
                resource.addScopeSpans(scope);
            }
            traces.addResourceSpans(resource);
        }
        return traces.build();
    }

    private static Span randomSpan(Random random) {
        long start = randomTime(random);
        Span.Builder span = Span.newBuilder()
                .setTraceId(randomId(random, 16)).setSpanId(randomId(random, 8))
                .setName(random.nextInt(6) == 0 ? "" : "op" + random.nextInt(9))
                .setKindValue(random.nextInt(10) == 0 ? 6 + random.nextInt(3) : random.nextInt(6))
                .setStartTimeUnixNano(start)
                .setEndTimeUnixNano(random.nextInt(8) == 0 ? randomTime(random) : start + random.nextInt(1_000_000_000));
        if (random.nextBoolean()) {
            span.setParentSpanId(randomId(random, 8));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            span.addAttributes(KeyValue.newBuilder().setKey(random.nextInt(8) == 0 ? "" : "k" + random.nextInt(4))
                    .setValue(randomValue(random, 0)));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            Span.Event.Builder event = Span.Event.newBuilder().setTimeUnixNano(start)
                    .setName(random.nextInt(4) == 0 ? "" : "event" + i);
            if (random.nextBoolean()) {
                event.addAttributes(KeyValue.newBuilder().setKey("e").setValue(randomValue(random, 0)));
            }
            span.addEvents(event);
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            span.addLinks(Span.Link.newBuilder().setTraceId(randomId(random, 16)).setSpanId(randomId(random, 8))
                    .setTraceState("a=1").setFlags(random.nextInt(512)));
        }
        if (random.nextBoolean()) {
            span.setStatus(Status.newBuilder().setCodeValue(random.nextInt(3)).setMessage("m"));
        }
        span.setFlags(random.nextInt(1024)).setTraceState(random.nextBoolean() ? "" : "rojo=1")
                .setDroppedAttributesCount(random.nextInt(3)).setDroppedEventsCount(random.nextInt(3));
        return span.build();
    }

    private static long randomTime(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> 0L;
            case 1 -> -1L - random.nextInt(1000); // above 2^63 as an unsigned fixed64
            default -> EPOCH + (random.nextLong() >>> 20);
        };
    }

    private static ByteString randomId(Random random, int length) {
        byte[] id = new byte[random.nextInt(12) == 0 ? random.nextInt(length * 2) : length];
        if (random.nextInt(10) != 0) {
            random.nextBytes(id);
        }
        return ByteString.copyFrom(id);
    }

    private static AnyValue randomValue(Random random, int depth) {
        AnyValue.Builder value = AnyValue.newBuilder();
        switch (random.nextInt(depth > 0 ? 5 : 9)) {
            case 0 -> value.setStringValue(random.nextBoolean() ? "" : "v" + random.nextInt(9));
            case 1 -> value.setBoolValue(random.nextBoolean());
            case 2 -> value.setIntValue(random.nextLong());
            case 3 -> value.setDoubleValue(List.of(0.5, Double.NaN, Double.NEGATIVE_INFINITY, -0.0, 1e300)
                    .get(random.nextInt(5)));
            case 4 -> { } // no value at all
            case 5 -> value.setArrayValue(ArrayValue.newBuilder().addValues(randomValue(random, depth + 1)));
            case 6 -> value.setKvlistValue(KeyValueList.newBuilder().addValues(KeyValue.newBuilder().setKey("x")
                    .setValue(randomValue(random, depth + 1))));
            case 7 -> value.setBytesValue(ByteString.copyFromUtf8("bytes"));
            default -> value.setStringValue("text");
        }
        return value.build();
    }
}
