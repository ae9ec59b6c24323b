package workbook.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Hidden properties. The differential ones run the learner's class and the reference
 * (compiled under {@code reference.workbook.trace}) on the same generated input.
 */
class DataTypesPropertiesTest {

    // ---- ch01.1: ID validity, against the reference ------------------------------------

    @Property(tries = 400, seed = "101")
    @Tag("ch01.1")
    void idValidityAgreesWithTheReference(@ForAll("idLikeStrings") String candidate) {
        assertThat(TraceId.isValid(candidate))
                .as("TraceId.isValid(\"%s\")", candidate)
                .isEqualTo(reference.workbook.trace.TraceId.isValid(candidate));
        assertThat(SpanId.isValid(candidate))
                .as("SpanId.isValid(\"%s\")", candidate)
                .isEqualTo(reference.workbook.trace.SpanId.isValid(candidate));
    }

    /** Valid IDs, and valid IDs with one character, the length or the case changed. */
    @Provide
    Arbitrary<String> idLikeStrings() {
        Arbitrary<String> valid = Arbitraries.oneOf(hex(16), hex(32));
        Arbitrary<String> oneCharChanged = Combinators.combine(valid, Arbitraries.chars().ascii(), Arbitraries.integers().between(0, 31))
                .as((id, c, at) -> id.substring(0, at % id.length()) + c + id.substring(at % id.length() + 1));
        Arbitrary<String> resized = Combinators.combine(valid, Arbitraries.integers().between(-2, 2))
                .as((id, delta) -> delta < 0 ? id.substring(-delta) : id + "0".repeat(delta));
        Arbitrary<String> zeros = Arbitraries.of("0".repeat(16), "0".repeat(32), "0".repeat(31) + "1");
        return Arbitraries.oneOf(valid, oneCharChanged, resized, valid.map(String::toUpperCase), zeros);
    }

    private static Arbitrary<String> hex(int length) {
        return Arbitraries.strings().withChars("0123456789abcdef").ofLength(length);
    }

    // ---- ch01.2: generated IDs, against the reference -----------------------------------

    @Property(tries = 100, seed = "102")
    @Tag("ch01.2")
    void generatedIdsMatchTheReferenceForTheSameSeed(@ForAll long seed) {
        IdGenerator learner = IdGenerator.random(new SplittableRandom(seed));
        reference.workbook.trace.IdGenerator expected =
                reference.workbook.trace.IdGenerator.random(new SplittableRandom(seed));

        for (int i = 0; i < 20; i++) {
            String traceId = learner.newTraceId();
            String spanId = learner.newSpanId();
            assertThat(traceId).isEqualTo(expected.newTraceId());
            assertThat(spanId).isEqualTo(expected.newSpanId());
            assertThat(reference.workbook.trace.TraceId.isValid(traceId)).as("valid for OTLP/W3C: " + traceId).isTrue();
            assertThat(reference.workbook.trace.SpanId.isValid(spanId)).as("valid for OTLP/W3C: " + spanId).isTrue();
        }
    }

    // ---- ch01.3: child contexts ---------------------------------------------------------

    @Property(tries = 100, seed = "103")
    @Tag("ch01.3")
    void childAndBaggageAgreeWithTheReference(
            @ForAll("spanIds") String spanId, @ForAll("spanIds") String childId, @ForAll boolean sampled,
            @ForAll("baggageKeys") String key) {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        TraceContext learner = new TraceContext(traceId, spanId, null, sampled, Map.of("seed", "1"))
                .child(childId).withBaggage(key, "v");
        reference.workbook.trace.TraceContext expected =
                new reference.workbook.trace.TraceContext(traceId, spanId, null, sampled, Map.of("seed", "1"))
                        .child(childId).withBaggage(key, "v");

        assertThat(List.of(learner.traceId(), learner.spanId(), learner.parentSpanId(), learner.sampled(), learner.baggage()))
                .isEqualTo(List.of(expected.traceId(), expected.spanId(), expected.parentSpanId(), expected.sampled(),
                        expected.baggage()));
    }

    @Provide
    Arbitrary<String> spanIds() {
        return hex(16).filter(id -> !id.equals("0".repeat(16)));
    }

    @Provide
    Arbitrary<String> baggageKeys() {
        return Arbitraries.of("seed", "tenant", "user");
    }

    // ---- ch01.4 to ch01.6: recording a span ---------------------------------------------

    @Property(tries = 200, seed = "104")
    @Tag("ch01.4")
    @Tag("ch01.5")
    @Tag("ch01.6")
    void recordedSpanAgreesWithTheReference(
            @ForAll @IntRange(min = 0, max = 8) int steps, @ForAll long seed,
            @ForAll @DoubleRange(min = 0, max = 100) double start) {
        double[] now = {start};
        TraceContext context = TraceContext.root("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7");
        Span learner = Span.start(context, "op", "svc", () -> now[0]);
        reference.workbook.trace.Span expected = reference.workbook.trace.Span.start(
                new reference.workbook.trace.TraceContext(context.traceId(), context.spanId(), null, true, Map.of()),
                "op", "svc", () -> now[0]);

        Random random = new Random(seed);
        for (int i = 0; i < steps; i++) {
            now[0] += random.nextDouble();
            String key = "k" + random.nextInt(3);
            switch (random.nextInt(5)) {
                case 0 -> { int n = random.nextInt(100); learner.tag(key, n); expected.tag(key, n); }
                case 1 -> { boolean b = random.nextBoolean(); learner.tag(key, b); expected.tag(key, b); }
                case 2 -> { String s = "s" + random.nextInt(9); learner.tag(key, s); expected.tag(key, s); }
                case 3 -> { double d = random.nextDouble(); learner.tag(key, d); expected.tag(key, d); }
                default -> { learner.log("event" + i, Map.of("i", i)); expected.log("event" + i, Map.of("i", i)); }
            }
        }
        now[0] += 0.5;
        learner.finish();
        expected.finish();

        SpanData data = learner.toData();
        reference.workbook.trace.SpanData want = expected.toData();
        assertThat(data.startTime()).isEqualTo(want.startTime());
        assertThat(data.endTime()).isEqualTo(want.endTime());
        assertThat(data.duration()).isEqualTo(want.duration());
        assertThat(data.tags()).containsExactlyEntriesOf(want.tags());
        assertThat(data.logs()).extracting(SpanLog::timestamp, SpanLog::message, SpanLog::fields)
                .containsExactlyElementsOf(want.logs().stream()
                        .map(log -> org.assertj.core.groups.Tuple.tuple(log.timestamp(), log.message(), log.fields()))
                        .toList());
    }

    // ---- ch01.7 and ch01.8: traces in any arrival order ---------------------------------

    @Property(tries = 300, seed = "107")
    @Tag("ch01.7")
    @Tag("ch01.8")
    void traceAgreesWithTheReferenceInAnyArrivalOrder(@ForAll("spanTrees") List<SpanData> spans, @ForAll long shuffleSeed) {
        List<SpanData> arrival = new ArrayList<>(spans);
        Collections.shuffle(arrival, new Random(shuffleSeed));
        Trace learner = new Trace(spans.get(0).traceId());
        reference.workbook.trace.Trace expected = new reference.workbook.trace.Trace(spans.get(0).traceId());

        for (SpanData span : arrival) {
            learner.add(span);
            expected.add(toReference(span));
            assertThat(learner.startTime()).as("start after %d spans", learner.spanCount()).isEqualTo(expected.startTime());
            assertThat(learner.endTime()).as("end after %d spans", learner.spanCount()).isEqualTo(expected.endTime());
        }

        assertThat(learner.duration()).isEqualTo(expected.duration());
        assertThat(learner.root().map(SpanData::spanId)).isEqualTo(expected.root().map(s -> s.spanId()));
        assertThat(learner.spans()).containsExactlyElementsOf(arrival);
        double minStart = spans.stream().mapToDouble(SpanData::startTime).min().orElseThrow();
        double maxEnd = spans.stream().mapToDouble(SpanData::endTime).max().orElseThrow();
        assertThat(learner.duration()).hasValue(maxEnd - minStart);
    }

    /** A random tree of 1 to 12 spans, the root sometimes starting at 0.0, children inside parents. */
    @Provide
    Arbitrary<List<SpanData>> spanTrees() {
        return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.longs(), Arbitraries.of(0.0, 0.0, 1.5, 7.25))
                .as((size, seed, rootStart) -> {
                    Random random = new Random(seed);
                    reference.workbook.trace.IdGenerator ids =
                            reference.workbook.trace.IdGenerator.random(new SplittableRandom(seed));
                    String traceId = ids.newTraceId();
                    List<SpanData> spans = new ArrayList<>();
                    spans.add(new SpanData(traceId, ids.newSpanId(), null, "root", "svc", SpanKind.SERVER,
                            rootStart, rootStart + 1 + random.nextInt(5), Map.of(), List.of()));
                    for (int i = 1; i < size; i++) {
                        SpanData parent = spans.get(random.nextInt(spans.size()));
                        double start = parent.startTime() + random.nextDouble() * parent.duration();
                        double end = start + random.nextDouble() * (parent.endTime() - start);
                        spans.add(new SpanData(traceId, ids.newSpanId(), parent.spanId(), "op" + i, "svc",
                                SpanKind.INTERNAL, start, end, Map.of(), List.of()));
                    }
                    return spans;
                });
    }

    private static reference.workbook.trace.SpanData toReference(SpanData span) {
        return new reference.workbook.trace.SpanData(span.traceId(), span.spanId(), span.parentSpanId(),
                span.operationName(), span.serviceName(), reference.workbook.trace.SpanKind.valueOf(span.kind().name()),
                span.startTime(), span.endTime(), span.tags(), List.of());
    }
}
