package workbook.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Hidden examples: the corners a learner's own tests are likely to miss. */
class DataTypesHiddenTest {

    private static final String TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final String SPAN = "b7ad6b7169203331";

    @Test
    @Tag("ch01.1")
    @DisplayName("ch01.1 the smallest and largest non-zero IDs are valid; one non-hex character is not")
    void boundaryIds() {
        assertThat(TraceId.isValid("00000000000000000000000000000001")).isTrue();
        assertThat(TraceId.isValid("ffffffffffffffffffffffffffffffff")).isTrue();
        assertThat(SpanId.isValid("0000000000000001")).isTrue();
        assertThat(SpanId.isValid("000000000000000-")).isFalse();
        assertThat(SpanId.isValid("b7ad6b716920333 ")).isFalse();
        assertThat(SpanId.isValid("b7ad6b716920333\u0080")).as("the first character past ASCII").isFalse();
        assertThat(SpanId.isValid("b7ad6b716920333\uff46")).as("fullwidth f").isFalse();
        assertThat(TraceId.isValid(SPAN)).as("a span ID is no trace ID").isFalse();
        assertThat(SpanId.isValid(TRACE)).as("a trace ID is no span ID").isFalse();
        assertThat(TraceId.isValid(new StringBuilder(TRACE))).as("any CharSequence").isTrue();
    }

    @Test
    @Tag("ch01.2")
    @DisplayName("ch01.2 hex writes every digit of boundary values")
    void hexOfBoundaryValues() {
        assertThat(RandomIdGenerator.hex(0L)).isEqualTo("0000000000000000");
        assertThat(RandomIdGenerator.hex(Long.MIN_VALUE)).isEqualTo("8000000000000000");
        assertThat(RandomIdGenerator.hex(Long.MAX_VALUE)).isEqualTo("7fffffffffffffff");
        assertThat(RandomIdGenerator.hex(0x00f067aa0ba902b7L)).isEqualTo("00f067aa0ba902b7");
    }

    @Test
    @Tag("ch01.3")
    @DisplayName("ch01.3 an unsampled context has unsampled children")
    void unsampledContextHasUnsampledChildren() {
        TraceContext unsampled = TraceContext.root(TRACE, SPAN).withSampled(false);

        assertThat(unsampled.child("00f067aa0ba902b7").sampled()).isFalse();
        assertThat(unsampled.withBaggage("k", "v").sampled()).isFalse();
    }

    @Test
    @Tag("ch01.3")
    @DisplayName("ch01.3 withBaggage keeps IDs and copies, so later map changes do not leak in")
    void withBaggageKeepsIdsAndIsolatesMaps() {
        TraceContext child = TraceContext.root(TRACE, SPAN).child("00f067aa0ba902b7");
        Map<String, String> external = new HashMap<>(Map.of("a", "1"));
        TraceContext withExternal = new TraceContext(TRACE, SPAN, null, true, external);
        external.put("b", "2");

        TraceContext more = child.withBaggage("k", "v");

        assertThat(more.traceId()).isEqualTo(TRACE);
        assertThat(more.spanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(more.parentSpanId()).isEqualTo(SPAN);
        assertThat(withExternal.baggage()).containsExactly(Map.entry("a", "1"));
        assertThatThrownBy(() -> child.withBaggage(null, "v")).isInstanceOf(NullPointerException.class);
    }

    @Test
    @Tag("ch01.4")
    @DisplayName("ch01.4 tags and logs on a finished span are rejected")
    void finishedSpanRejectsTagsAndLogs() {
        Span span = Span.start(TraceContext.root(TRACE, SPAN), "op", "svc", () -> 1.0);
        span.finish(2.0);

        assertThatThrownBy(() -> span.tag("late", true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("finished");
        assertThatThrownBy(() -> span.log("late")).isInstanceOf(IllegalStateException.class);
        assertThat(span.tags()).isEmpty();
        assertThat(span.logs()).isEmpty();
    }

    @Test
    @DisplayName("provided code: a span log needs a message; OTLP's event name must not be empty")
    void emptyLogMessagesAreRejected() {
        assertThatThrownBy(() -> new SpanLog(1.0, "", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("log message must not be empty");
        assertThat(new SpanLog(1.0, " ", Map.of()).message()).isEqualTo(" ");
        assertThat(SpanKind.PRODUCER.otlpCode()).isEqualTo(4);
        assertThat(SpanKind.CONSUMER.otlpCode()).isEqualTo(5);
    }

    @Test
    @Tag("ch01.4")
    @DisplayName("ch01.4 setting a tag again replaces its value but keeps its place; int fields widen to Long")
    void retaggingReplacesValue() {
        Span span = Span.start(TraceContext.root(TRACE, SPAN), "op", "svc", () -> 1.0);

        span.tag("a", 1).tag("b", "x").tag("a", false).log("retry", Map.of("attempt", 2));

        assertThat(span.tags()).containsExactly(Map.entry("a", false), Map.entry("b", "x"));
        assertThat(span.logs().get(0).fields()).containsExactly(Map.entry("attempt", 2L));
        assertThatThrownBy(() -> span.tag(null, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> span.tag("k", (String) null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Tag("ch01.4")
    @DisplayName("ch01.4 tag and log return the span itself, so calls chain")
    void tagAndLogChain() {
        Span span = Span.start(TraceContext.root(TRACE, SPAN), "op", "svc", () -> 1.0);

        assertThat(span.tag("s", "v")).isSameAs(span);
        assertThat(span.tag("b", true)).isSameAs(span);
        assertThat(span.tag("l", 1L)).isSameAs(span);
        assertThat(span.tag("d", 1.5)).isSameAs(span);
        assertThat(span.log("event")).isSameAs(span);
        assertThat(span.log("event", Map.of("k", "v"))).isSameAs(span);
        assertThatThrownBy(() -> span.tag(null, "x")).hasMessageContaining("got null");
    }

    @Test
    @Tag("ch01.3")
    @DisplayName("ch01.3 contexts reject malformed span and parent IDs")
    void contextsRejectMalformedSpanIds() {
        assertThatThrownBy(() -> new TraceContext(TRACE, "span_2023936", null, true, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spanId");
        assertThatThrownBy(() -> new TraceContext(TRACE, SPAN, SpanId.INVALID, true, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parentSpanId");
        assertThatThrownBy(() -> TraceContext.root(TRACE, SPAN).child("B7AD6B7169203331"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Tag("ch01.6")
    @DisplayName("ch01.6 the snapshot carries the span's names, kind and times")
    void snapshotCarriesTheSpanIdentity() {
        double[] now = {2.0};
        TraceContext context = TraceContext.root(TRACE, SPAN).child("00f067aa0ba902b7");
        Span span = Span.start(context, "make_request", "Client", SpanKind.CLIENT, () -> now[0]);
        now[0] = 2.5;
        span.finish();

        SpanData data = span.toData();

        assertThat(span.context()).isEqualTo(context);
        assertThat(List.of(data.operationName(), data.serviceName(), data.kind(), data.startTime(), data.endTime()))
                .containsExactly(span.operationName(), span.serviceName(), span.kind(), span.startTime(), 2.5);
        assertThat(List.of(data.operationName(), data.serviceName(), data.kind(), data.startTime()))
                .containsExactly("make_request", "Client", SpanKind.CLIENT, 2.0);
        assertThat(span.toString()).contains("make_request").contains("00f067aa0ba902b7");
    }

    @Test
    @Tag("ch01.5")
    @DisplayName("ch01.5 a zero-length span is fine; a NaN end is not")
    void zeroLengthAndNaN() {
        Span zero = Span.start(TraceContext.root(TRACE, SPAN), "op", "svc", () -> 0.0);
        zero.finish(0.0);
        assertThat(zero.duration()).hasValue(0.0);

        Span nan = Span.start(TraceContext.root(TRACE, SPAN), "op", "svc", () -> 0.0);
        assertThatThrownBy(() -> nan.finish(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThat(nan.isFinished()).isFalse();
    }

    @Test
    @Tag("ch01.5")
    @DisplayName("ch01.5 finish() without an argument uses the span's clock")
    void finishUsesTheClock() {
        double[] now = {3.0};
        Span span = Span.start(TraceContext.root(TRACE, SPAN), "op", "svc", () -> now[0]);
        now[0] = 3.25;

        span.finish();

        assertThat(span.endTime()).hasValue(3.25);
    }

    @Test
    @Tag("ch01.6")
    @DisplayName("ch01.6 the snapshot is frozen: the span cannot change it, nor can the caller")
    void snapshotIsFrozen() {
        Span span = Span.start(TraceContext.root(TRACE, SPAN).child("00f067aa0ba902b7"), "op", "svc",
                SpanKind.CLIENT, () -> 1.0);
        span.tag("k", "v").log("event");
        span.finish(1.0);

        SpanData data = span.toData();

        assertThat(data.parentSpanId()).isEqualTo(SPAN);
        assertThat(data.kind()).isEqualTo(SpanKind.CLIENT);
        assertThat(data.logs()).hasSize(1);
        assertThatThrownBy(() -> data.tags().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> data.logs().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(span.toData()).as("a second snapshot is equal").isEqualTo(data);
    }

    @Test
    @Tag("ch01.7")
    @DisplayName("ch01.7 a rejected span leaves start and end unchanged")
    void rejectedSpanLeavesBoundsUnchanged() {
        Trace trace = new Trace(TRACE);
        trace.add(span(SPAN, null, 1.0, 2.0));

        assertThatThrownBy(() -> trace.add(span(SPAN, null, 0.0, 9.0))).isInstanceOf(IllegalArgumentException.class);

        assertThat(trace.startTime()).hasValue(1.0);
        assertThat(trace.endTime()).hasValue(2.0);
        assertThat(trace.spanCount()).isEqualTo(1);
    }

    @Test
    @Tag("ch01.8")
    @DisplayName("ch01.8 with two parentless spans the earliest is the root")
    void earliestParentlessSpanIsRoot() {
        Trace trace = new Trace(TRACE);
        SpanData late = span("00000000000000b2", null, 2.0, 3.0);
        SpanData early = span("00000000000000a1", null, 1.0, 3.0);

        trace.add(late);
        trace.add(early);

        assertThat(trace.root()).contains(early);
        assertThat(trace.duration()).hasValue(2.0);
    }

    private static SpanData span(String spanId, String parentId, double start, double end) {
        return new SpanData(TRACE, spanId, parentId, "op", "svc", SpanKind.INTERNAL, start, end, Map.of(), List.of());
    }

    @Test
    @Tag("ch01.1")
    @DisplayName("ch01.1 exactly 0-9 and a-f are hex digits: the characters next to them in ASCII are not")
    void exactlyLowercaseHexDigits() {
        for (char digit : "0123456789abcdef".toCharArray()) {
            assertThat(SpanId.isValid("b7ad6b716920333" + digit)).as("'%s' is a hex digit", digit).isTrue();
        }
        for (char neighbour : "/:@AFG`gz ".toCharArray()) {
            assertThat(SpanId.isValid("b7ad6b716920333" + neighbour)).as("'%s' is no hex digit", neighbour).isFalse();
            assertThat(TraceId.isValid(neighbour + TRACE.substring(1))).as("'%s' first", neighbour).isFalse();
        }
    }

    @Test
    @Tag("ch01.8")
    @DisplayName("ch01.8 of two parentless spans starting together, the smaller span ID is the root, in either arrival order")
    void rootTieGoesToTheSmallerSpanId() {
        SpanData smaller = span("00000000000000a1", null, 1.0, 2.0);
        SpanData larger = span("00000000000000b2", null, 1.0, 3.0);
        Trace smallerFirst = new Trace(TRACE);
        smallerFirst.add(smaller);
        smallerFirst.add(larger);
        Trace largerFirst = new Trace(TRACE);
        largerFirst.add(larger);
        largerFirst.add(smaller);

        assertThat(smallerFirst.root()).contains(smaller);
        assertThat(largerFirst.root()).contains(smaller);
    }

    @Test
    @Tag("ch01.5")
    @DisplayName("ch01.5 both refusals name the span and the times: the first end of a finished span, the start and the end")
    void finishRefusalsNameTheSpanAndTheTimes() {
        Span finished = Span.start(TraceContext.root(TRACE, SPAN), "charge_card", "svc", () -> 1.25);
        finished.finish(2.75);
        assertThatThrownBy(() -> finished.finish(3.5)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("charge_card").hasMessageContaining("2.75");

        Span running = Span.start(TraceContext.root(TRACE, SPAN), "charge_card", "svc", () -> 1.25);
        assertThatThrownBy(() -> running.finish(1.125)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("charge_card").hasMessageContaining("1.25").hasMessageContaining("1.125");
    }

    @Test
    @Tag("ch01.7")
    @DisplayName("ch01.7 both refusals name both IDs: the span's trace and the trace's, the span ID and the trace's")
    void addRefusalsNameBothIds() {
        String otherTrace = "4bf92f3577b34da6a3ce929d0e0e4736";
        Trace trace = new Trace(TRACE);
        assertThatThrownBy(() -> trace.add(new SpanData(otherTrace, SPAN, null, "op", "svc", SpanKind.INTERNAL,
                1.0, 2.0, Map.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(otherTrace).hasMessageContaining(TRACE);

        trace.add(span(SPAN, null, 1.0, 2.0));
        assertThatThrownBy(() -> trace.add(span(SPAN, null, 1.0, 2.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(SPAN).hasMessageContaining(TRACE);
    }
}
