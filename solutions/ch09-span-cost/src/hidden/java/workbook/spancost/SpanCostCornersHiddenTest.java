package workbook.spancost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.propagation.Headers;
import workbook.propagation.Propagator;
import workbook.testkit.Thrown;
import workbook.trace.IdGenerator;
import workbook.trace.TraceContext;
import workbook.tracer.Storage;

/** Corners PIT's STRONGER group found unchecked: separators and versions, both failing, provided code. */
class SpanCostCornersHiddenTest {

    private static final String IDS = "12345678901234567890123456789012-1234567890123456";
    private static final TraceContext PARENT =
            new TraceContext("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", null, true, Map.of());

    @AfterEach
    void resetStorage() {
        Storage.reset();
    }

    @Test
    @Tag("ch09.2")
    @DisplayName("ch09.2 versions and separators: every corner is read as chapter 06 reads it")
    void versionsAndSeparatorsAsInChapter06() {
        List<String> values = List.of(
                "00-" + IDS + "-01", "00_" + IDS + "-01", "00-" + IDS + "_01",
                "00-12345678901234567890123456789012_1234567890123456-01",
                "ff-" + IDS + "-01", "fe-" + IDS + "-01", "ef-" + IDS + "-01", "0f-" + IDS + "-01", "f0-" + IDS + "-01",
                "0a-" + IDS + "-01-more", "a0-" + IDS + "-01-more", "00-" + IDS + "-01-more", "01-" + IDS + "-00",
                "0a-" + IDS + "-01.more", "cc-" + IDS + "-03", "00-" + IDS + "-0g", "00-" + IDS + "-g0");
        FastW3cPropagator fast = new FastW3cPropagator();
        Propagator taught = Propagator.w3c();
        for (String value : values) {
            Headers headers = Headers.empty().with("traceparent", value);
            assertThat(fast.extract(headers)).as("extract(\"%s\")", value).isEqualTo(taught.extract(headers));
        }
        assertThat(fast.extract(Headers.empty().with("traceparent", "a0-" + IDS + "-01-more"))).isPresent();
        assertThat(fast.extract(Headers.empty().with("traceparent", "00-" + IDS + "_01"))).isEmpty();
    }

    @Test
    @Tag("ch09.3")
    @DisplayName("ch09.3 a body and a sink that both fail still leave the previous context current, as in chapter 02")
    void bodyAndSinkBothFail() {
        LeanTracer lean = new LeanTracer(() -> 1.0, IdGenerator.random(new SplittableRandom(1)), span -> {
            throw new IllegalStateException("sink full");
        });
        Storage.setContext(PARENT);

        Throwable thrown = Thrown.by(() -> lean.inSpan("a", "S", () -> {
            throw new IllegalArgumentException("body failed");
        }));

        assertThat(thrown).isInstanceOfAny(IllegalStateException.class, IllegalArgumentException.class);
        assertThat(Storage.getContext()).as("context after the lean tracer").isEqualTo(PARENT);
    }

    @Test
    @DisplayName("provided code: spans of one shape share it: equal tags in another order come back in the shape's order")
    void spansOfOneShapeShareIt() {
        java.util.Map<String, Object> ab = new java.util.LinkedHashMap<>();
        ab.put("a", "1");
        ab.put("b", true);
        java.util.Map<String, Object> ba = new java.util.LinkedHashMap<>();
        ba.put("b", true);
        ba.put("a", "1");
        String first = "4bf92f3577b34da6a3ce929d0e0e4736";
        String second = "0af7651916cd43dd8448eb211c80319c";
        CompactTailBuffer buffer = new CompactTailBuffer(4, 16);

        buffer.add(new workbook.trace.SpanData(first, "00f067aa0ba902b7", null, "checkout", "web",
                workbook.trace.SpanKind.SERVER, 0.0, 1.0, ab, List.of()));
        buffer.add(new workbook.trace.SpanData(second, "b7ad6b7169203331", null, "checkout", "web",
                workbook.trace.SpanKind.SERVER, 2.0, 3.0, ba, List.of()));

        workbook.trace.SpanData back = buffer.remove(second).orElseThrow().spans().get(0);
        assertThat(back.tags()).isEqualTo(ba);
        assertThat(back.tags().keySet()).as("the shared shape's order").containsExactly("a", "b");
    }

    @Test
    @DisplayName("provided code: a string that is not a valid trace ID is never held")
    void invalidIdsAreNeverHeld() {
        String held = "4bf92f3577b34da6a3ce929d0e0e4736";
        CompactTailBuffer buffer = new CompactTailBuffer(4, 16);
        buffer.add(new workbook.trace.SpanData(held, "00f067aa0ba902b7", null, "checkout", "web",
                workbook.trace.SpanKind.SERVER, 0.0, 1.0, Map.of(), List.of()));

        for (String other : new String[] {null, "", "4bf92f35", held.toUpperCase(java.util.Locale.ROOT), held + "0",
                "0".repeat(32), held.substring(0, 31) + "g"}) {
            assertThat(buffer.spanCount(other)).as("spanCount(%s)", other).isZero();
            assertThat(buffer.remove(other)).as("remove(%s)", other).isEmpty();
            assertThat(buffer.discard(other)).as("discard(%s)", other).isZero();
        }
        assertThat(buffer.spanCount(held)).isEqualTo(1);
        assertThat(buffer.remove(held)).isPresent();

        String allOnes = "4bf92f3577b34da6ffffffffffffffff"; // a low half of -1, what a non-hex run would read as
        buffer.add(new workbook.trace.SpanData(allOnes, "00f067aa0ba902b7", null, "checkout", "web",
                workbook.trace.SpanKind.SERVER, 0.0, 1.0, Map.of(), List.of()));
        for (String other : new String[] {"4bf92f3577b34da6FFFFFFFFFFFFFFFF", "4bf92f3577b34da6fffffffffffffffg"}) {
            assertThat(buffer.spanCount(other)).as("spanCount(%s)", other).isZero();
            assertThat(buffer.remove(other)).as("remove(%s)", other).isEmpty();
        }
        assertThat(buffer.remove(allOnes)).isPresent();
    }

    @Test
    @DisplayName("provided code: spans whose names collide in the shape cache still come back with their own names")
    void shapeCacheCollisionsNeverGiveAWrongShape() {
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        int spans = 3 * CompactTailBuffer.SHARED_SHAPES;
        CompactTailBuffer buffer = new CompactTailBuffer(1, 2 * spans);
        for (int i = 1; i <= spans; i++) {
            buffer.add(new workbook.trace.SpanData(trace, "%016x".formatted(i), null, "op-" + i, "web",
                    workbook.trace.SpanKind.SERVER, 0.0, 1.0, Map.of(), List.of()));
            buffer.add(new workbook.trace.SpanData(trace, "%016x".formatted(spans + i), null, "checkout", "svc-" + i,
                    workbook.trace.SpanKind.values()[i % workbook.trace.SpanKind.values().length], 0.0, 1.0, Map.of(),
                    List.of()));
        }

        List<workbook.trace.SpanData> back = buffer.remove(trace).orElseThrow().spans();

        assertThat(back).hasSize(2 * spans);
        for (workbook.trace.SpanData span : back) {
            long i = Long.parseLong(span.spanId(), 16);
            if (i <= spans) {
                assertThat(span.operationName()).isEqualTo("op-" + i);
                assertThat(span.serviceName()).isEqualTo("web");
            } else {
                assertThat(span.operationName()).isEqualTo("checkout");
                assertThat(span.serviceName()).isEqualTo("svc-" + (i - spans));
                assertThat(span.kind()).isEqualTo(workbook.trace.SpanKind.values()[(int) ((i - spans)
                        % workbook.trace.SpanKind.values().length)]);
            }
        }
    }

    @Test
    @DisplayName("provided code: the fast ID generator makes every half of every ID anew")
    void fastIdsAreNewInEveryHalf() {
        FastIdGenerator ids = new FastIdGenerator();
        java.util.Set<String> highs = new java.util.HashSet<>();
        java.util.Set<String> lows = new java.util.HashSet<>();
        java.util.Set<String> spanIds = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            String traceId = ids.newTraceId();
            highs.add(traceId.substring(0, 16));
            lows.add(traceId.substring(16));
        }
        for (int i = 0; i < 200; i++) {
            spanIds.add(ids.newSpanId());
        }

        assertThat(highs).as("high halves of 200 trace IDs in a row").hasSize(200);
        assertThat(lows).as("low halves of 200 trace IDs in a row").hasSize(200);
        assertThat(spanIds).as("200 span IDs in a row").hasSize(200);
    }

    @Test
    @DisplayName("provided code: the fast ratio sampler refuses a ratio outside [0, 1], and shows its ratio")
    void fastRatioSamplerRatio() {
        for (double bad : new double[] {-0.01, 1.01, Double.NaN, Double.NEGATIVE_INFINITY}) {
            assertThatThrownBy(() -> new FastRatioSampler(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("ratio must be in [0.0, 1.0], got " + bad);
        }
        assertThat(new FastRatioSampler(0.25).ratio()).isEqualTo(0.25);
        assertThat(new FastRatioSampler(0.25)).hasToString("FastRatioSampler{0.250000}");
        assertThat(new FastRatioSampler(0.0).ratio()).isZero();
        assertThat(new FastRatioSampler(1.0).ratio()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("provided code: the fast propagator injects as chapter 06's does")
    void fastPropagatorInjectsAsChapter06() {
        Headers old = Headers.empty().with("traceparent", "00-" + IDS + "-00").with("x", "y");

        assertThat(new FastW3cPropagator().inject(PARENT, old)).isEqualTo(Propagator.w3c().inject(PARENT, old));
        assertThat(new FastW3cPropagator()).hasToString("W3C Trace Context (one-pass extract)");
    }
}
