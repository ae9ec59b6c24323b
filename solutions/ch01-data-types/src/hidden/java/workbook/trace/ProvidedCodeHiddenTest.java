package workbook.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workbook.testkit.Printed;

/**
 * The contracts of chapter 01's provided code, which every TODO builds on: what the
 * validations say, which tag types are widened, what a running span or an empty trace
 * reports. No TODO tag: the skeleton has this code already, so these tests earn no points;
 * they keep the reference honest (and its mutation score up).
 */
class ProvidedCodeHiddenTest {

    private static final String TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final String SPAN = "b7ad6b7169203331";

    @Test
    @DisplayName("provided code: tag values are widened to the four tag types; anything else is refused by name")
    void tagValues() {
        assertThat(TagValues.normalize("k", 7)).isEqualTo(7L);
        assertThat(TagValues.normalize("k", (short) 7)).isEqualTo(7L);
        assertThat(TagValues.normalize("k", (byte) 7)).isEqualTo(7L);
        assertThat(TagValues.normalize("k", 1.5f)).isEqualTo(1.5d);
        assertThat(TagValues.normalize("k", "v")).isEqualTo("v");
        assertThat(TagValues.normalize("k", true)).isEqualTo(true);
        assertThatThrownBy(() -> TagValues.normalize(null, 1)).hasMessage("tag key must not be blank, got null");
        assertThatThrownBy(() -> TagValues.normalize(" ", 1)).hasMessage("tag key must not be blank, got ' '");
        assertThatThrownBy(() -> TagValues.normalize("k", null))
                .hasMessage("tag 'k' must be a String, Boolean, Long or Double, got null");
        assertThatThrownBy(() -> TagValues.normalize("k", 'c'))
                .hasMessage("tag 'k' must be a String, Boolean, Long or Double, got Character c");

        assertThat(TagValues.copyOf(null)).isEmpty();
        assertThat(TagValues.copyOf(Map.of())).isEmpty();
        Map<String, Object> fields = new HashMap<>(Map.of("a", 1));
        Map<String, Object> copy = TagValues.copyOf(fields);
        fields.put("b", 2);
        assertThat(copy).containsExactly(Map.entry("a", 1L));
        assertThatThrownBy(() -> copy.put("c", 3L)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new SpanLog(1.0, "m", null).fields()).isEmpty();
    }

    @Test
    @DisplayName("provided code: a running span has no end and no duration; its text says so")
    void runningSpan() {
        double[] now = {1.25};
        Span span = Span.start(TraceContext.root(TRACE, SPAN), "op", "svc", () -> now[0]);

        assertThat(span.endTime()).isEqualTo(OptionalDouble.empty());
        assertThat(span.duration()).isEqualTo(OptionalDouble.empty());
        assertThat(span).hasToString("Span(op " + SPAN + " in " + TRACE + ", running)");
        now[0] = 2.0;
        span.finish();
        assertThat(span.endTime()).isEqualTo(OptionalDouble.of(2.0));
        assertThat(span.duration()).isEqualTo(OptionalDouble.of(0.75));
        assertThat(span).hasToString("Span(op " + SPAN + " in " + TRACE + ", 0.75s)");
        assertThatThrownBy(() -> Span.start(TraceContext.root(TRACE, SPAN), null, "svc", () -> 0.0))
                .hasMessageEndingWith("got null");
        assertThatThrownBy(() -> Span.start(TraceContext.root(TRACE, SPAN), "op", " ", () -> 0.0))
                .hasMessageEndingWith("got ' '");
    }

    @Test
    @DisplayName("provided code: span data checks its parent ID and its times; IDs are checked with their names")
    void spanDataAndIds() {
        assertThatThrownBy(() -> data("B7AD6B7169203331", 1.0, 2.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parentSpanId").hasMessageContaining("'B7AD6B7169203331'");
        assertThatThrownBy(() -> data(null, 2.0, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endTime 1.0 is before startTime 2.0 of span 'op'");
        assertThatThrownBy(() -> data(null, 1.0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(data(SPAN, 1.0, 1.0).parentSpanId()).isEqualTo(SPAN);
        assertThat(SpanId.requireValid("spanId", SPAN)).isEqualTo(SPAN);
        assertThat(TraceId.requireValid("traceId", TRACE)).isEqualTo(TRACE);
        assertThatThrownBy(() -> SpanId.requireValid("spanId", null))
                .hasMessage("spanId must be 16 lowercase hex characters, not all zero, got null");
        assertThatThrownBy(() -> TraceId.requireValid("traceId", "0".repeat(32)))
                .hasMessage("traceId must be 32 lowercase hex characters, not all zero, got '" + "0".repeat(32) + "'");
    }

    @Test
    @DisplayName("provided code: an empty trace has no start, end or duration; a trace names its ID and size")
    void emptyTrace() {
        Trace trace = new Trace(TRACE);

        assertThat(trace.traceId()).isEqualTo(TRACE);
        assertThat(trace.startTime()).isEqualTo(OptionalDouble.empty());
        assertThat(trace.endTime()).isEqualTo(OptionalDouble.empty());
        assertThat(trace).hasToString("Trace(" + TRACE + ", 0 spans)");
        trace.add(data(null, 0.5, 1.75));
        assertThat(trace).hasToString("Trace(" + TRACE + ", 1 spans, 1.250s)");
        assertThat(trace.startTime()).isEqualTo(OptionalDouble.of(0.5));
    }

    @Test
    @DisplayName("provided code: a random source that yields 0 is asked again, so no ID is all zeros")
    void zeroIsDrawnAgain() {
        long[] draws = {0L, 0L, 1L, 0L, 2L, 0L};
        int[] next = {0};
        RandomGenerator stub = () -> draws[next[0]++];

        IdGenerator ids = IdGenerator.random(stub);

        assertThat(ids.newSpanId()).isEqualTo("0000000000000001");
        assertThat(ids.newTraceId()).as("only the high half must not be zero").isEqualTo("0000000000000002" + "0".repeat(16));
        assertThat(next[0]).isEqualTo(draws.length);
    }

    @Test
    @DisplayName("provided code: the demo records one request by hand and prints its trace (it needs every TODO)")
    void demo() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        DataTypesDemo.run(new PrintStream(printed, true, StandardCharsets.UTF_8));
        String output = printed.toString(StandardCharsets.UTF_8);

        assertThat(output).isEqualTo(Printed.onSystemOut(
                () -> reference.workbook.trace.DataTypesDemo.main(new String[0])));
        assertThat(output).contains("spans    3, root make_request", "duration 0.275s, from 0.000 to 0.275")
                .containsPattern("span process_data +OrderService +INTERNAL +0\\.020s\\.\\.0\\.250s  parent [0-9a-f]{16} ")
                .containsPattern("span make_request +Client +CLIENT +0\\.000s\\.\\.0\\.275s  parent \\(root\\) +tags \\{success=true\\}");
        assertThat(Printed.onSystemOut(() -> DataTypesDemo.main(new String[0]))).isEqualTo(output);
    }

    @Test
    @DisplayName("provided code: a manual clock moves by steps and may be set back")
    void manualClock() {
        ManualClock clock = new ManualClock();
        clock.advanceBy(0.25);
        clock.advanceBy(0.5);
        assertThat(clock.now()).isEqualTo(0.75);
        clock.advanceTo(0.1);
        assertThat(clock.now()).isEqualTo(0.1);
    }

    private static SpanData data(String parent, double start, double end) {
        return new SpanData(TRACE, SPAN.equals(parent) ? "00f067aa0ba902b7" : SPAN, parent, "op", "svc",
                SpanKind.INTERNAL, start, end, Map.of(), List.of());
    }
}
