package workbook.spancost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.propagation.Headers;
import workbook.propagation.Propagator;
import workbook.sampling.TraceIdRatioSampler;
import workbook.testkit.Thrown;
import workbook.trace.IdGenerator;
import workbook.trace.SpanId;
import workbook.trace.TraceContext;
import workbook.trace.TraceId;
import workbook.tracer.Storage;
import workbook.tracer.Tracer;

/** Hidden examples for the corners the properties reach only by luck. */
class SpanCostHiddenTest {

    private static final TraceContext PARENT =
            new TraceContext("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", null, true, Map.of());

    @AfterEach
    void resetStorage() {
        Storage.reset();
    }

    @Test
    @Tag("ch09.1")
    @DisplayName("ch09.1 an ID with a single non-zero digit anywhere is valid, and decided as chapter 05 decides it")
    void singleNonZeroDigitAnywhere() {
        for (double ratio : new double[] {0.0, 0.5, 1.0}) {
            FastRatioSampler fast = new FastRatioSampler(ratio);
            TraceIdRatioSampler taught = new TraceIdRatioSampler(ratio);
            for (int at = 0; at < 32; at++) {
                for (char digit : new char[] {'1', '8', 'f'}) {
                    String traceId = "0".repeat(at) + digit + "0".repeat(31 - at);
                    assertThat(fast.shouldSample(traceId)).as("shouldSample(%s) at %s", traceId, ratio)
                            .isEqualTo(taught.shouldSample(traceId));
                }
            }
        }
    }

    @Test
    @Tag("ch09.1")
    @DisplayName("ch09.1 characters beyond ASCII are not hex digits, and the rejection names the ID")
    void nonAsciiCharactersAreRejected() {
        FastRatioSampler sampler = new FastRatioSampler(0.5);
        for (char odd : new char[] {'\u0080', '\u00e9', '\u00ff', '\u0130', '\u0660', '\uff10'}) {
            String traceId = "4bf92f3577b34da6a3ce929d0e0e473" + odd;
            assertThat(Thrown.by(() -> sampler.shouldSample(traceId))).as("shouldSample(\"%s\")", traceId)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("traceId")
                    .hasMessageContaining(traceId);
        }
        assertThat(Thrown.by(() -> sampler.shouldSample((String) null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("null");
    }

    @Test
    @Tag("ch09.1")
    @DisplayName("ch09.1 the fast generator's IDs are valid, distinct, and read back by longAt")
    void generatedIdsReadBack() {
        FastIdGenerator ids = new FastIdGenerator();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String traceId = ids.newTraceId();
            String spanId = ids.newSpanId();
            assertThat(TraceId.isValid(traceId)).as("trace ID %s", traceId).isTrue();
            assertThat(SpanId.isValid(spanId)).as("span ID %s", spanId).isTrue();
            assertThat(Base16.toHex(Base16.longAt(traceId, 0), Base16.longAt(traceId, 16))).isEqualTo(traceId);
            assertThat(Base16.toHex(Base16.longAt(spanId, 0))).isEqualTo(spanId);
            assertThat(seen.add(traceId) && seen.add(spanId)).as("a repeated ID").isTrue();
        }
    }

    @Test
    @Tag("ch09.2")
    @DisplayName("ch09.2 an empty or blank traceparent gives no context, as in chapter 06")
    void emptyAndBlankValues() {
        FastW3cPropagator fast = new FastW3cPropagator();
        Propagator taught = Propagator.w3c();
        for (String value : List.of("", " ", "\t \t", " ".repeat(60), "\t" + " ".repeat(55))) {
            Headers headers = Headers.empty().with("traceparent", value);
            assertThat(fast.extract(headers)).as("extract(\"%s\")", value).isEqualTo(taught.extract(headers)).isEmpty();
        }
    }

    @Test
    @Tag("ch09.3")
    @DisplayName("ch09.3 a sink that throws: the exception reaches the caller and the context is restored, as in chapter 02")
    void throwingSink() {
        IllegalStateException full = new IllegalStateException("sink full");
        LeanTracer lean = new LeanTracer(() -> 1.0, IdGenerator.random(new SplittableRandom(1)), span -> {
            throw full;
        });
        Storage.setContext(PARENT);
        assertThat(Thrown.by(() -> lean.inSpan("a", "S", () -> "done"))).isSameAs(full);
        assertThat(Storage.getContext()).as("context after the lean tracer").isEqualTo(PARENT);

        Tracer taught = new Tracer(() -> 1.0, IdGenerator.random(new SplittableRandom(1)));
        Storage.setCollector(span -> {
            throw full;
        });
        assertThat(Thrown.by(() -> taught.inSpan("a", "S", () -> "done"))).isSameAs(full);
        assertThat(Storage.getContext()).as("context after chapter 02's tracer").isEqualTo(PARENT);
    }

    @Test
    @Tag("ch09.3")
    @DisplayName("ch09.3 a blank or null service name is rejected, traced or not")
    void blankServiceName() {
        List<FinishedSpan> spans = new ArrayList<>();
        LeanTracer lean = new LeanTracer(() -> 1.0, IdGenerator.random(new SplittableRandom(1)), spans::add);
        for (TraceContext context : new TraceContext[] {null, PARENT}) {
            Storage.setContext(context);
            for (String service : new String[] {null, "", " \t"}) {
                assertThat(Thrown.by(() -> lean.inSpan("op", service, () -> 1)))
                        .as("service %s under %s", service, context)
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("serviceName");
            }
        }
        assertThat(spans).isEmpty();
    }

    @Test
    @Tag("ch09.4")
    @DisplayName("ch09.4 bounds outside [1, 2^26] are rejected with the parameter's name; a buffer of one works")
    void boundsAreChecked() {
        for (int bad : new int[] {0, -1, CompactTailBuffer.MAX_CAPACITY + 1}) {
            assertThat(Thrown.by(() -> new CompactTailBuffer(bad, 1))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("maxTraces").hasMessageContaining(String.valueOf(bad));
            assertThat(Thrown.by(() -> new CompactTailBuffer(1, bad))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("maxSpans").hasMessageContaining(String.valueOf(bad));
        }
        CompactTailBuffer one = new CompactTailBuffer(1, 1);
        assertThat(one.add(new workbook.trace.SpanData(PARENT.traceId(), PARENT.spanId(), null, "a", "S",
                workbook.trace.SpanKind.SERVER, 0, 1, Map.of(), List.of()))).isTrue();
        assertThat(one.maxTraces()).isEqualTo(1);
        assertThat(one.maxSpans()).isEqualTo(1);
    }
}
