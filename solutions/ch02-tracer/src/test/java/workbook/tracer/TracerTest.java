package workbook.tracer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import workbook.trace.ManualClock;
import workbook.trace.Span;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.SpanLog;
import workbook.trace.TraceContext;

class TracerTest {

    private static final TraceContext CLIENT =
            TraceContext.root("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7");

    private final ManualClock clock = new ManualClock(1.0);
    private final Tracer tracer = new Tracer(clock, new SequentialIds());
    /** Each test starts with an empty {@link Storage} and these spans as its collector. */
    @RegisterExtension
    final RecordedSpans spans = new RecordedSpans();

    @Test
    @Tag("ch02.1")
    @DisplayName("ch02.1 without a current context the body runs and no span is recorded")
    void withoutContextTheBodyRunsUntraced() {
        String result = tracer.inSpan("process_data", "OrderService", () -> "done");

        assertThat(result).isEqualTo("done");
        assertThat(spans.all()).as("spans recorded without a context").isEmpty();
        assertThat(Storage.getContext()).isNull();
    }

    @Test
    @Tag("ch02.1")
    @DisplayName("ch02.1 a span is a child of the current span, timed by the clock and tagged success")
    void spanIsAChildOfTheCurrentSpan() {
        Storage.setContext(CLIENT);

        String result = tracer.inSpan("process_data", "OrderService", () -> {
            clock.advanceBy(0.25);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        SpanData span = spans.named("process_data");
        assertThat(span.traceId()).as("trace ID").isEqualTo(CLIENT.traceId());
        assertThat(span.parentSpanId()).as("parent span ID").isEqualTo(CLIENT.spanId());
        assertThat(span.serviceName()).isEqualTo("OrderService");
        assertThat(span.kind()).isEqualTo(SpanKind.INTERNAL);
        assertThat(span.startTime()).as("start").isEqualTo(1.0);
        assertThat(span.endTime()).as("end").isEqualTo(1.25);
        assertThat(span.tags()).containsExactly(entry("success", true));
    }

    @Test
    @Tag("ch02.1")
    @DisplayName("ch02.1 inside the body the new span's context is current, so nested calls become its children")
    void nestedCallsBecomeChildren() {
        Storage.setContext(CLIENT);

        tracer.inSpan("handle_request", "OrderService", SpanKind.SERVER, () ->
                tracer.inSpan("process_data", "OrderService", () -> "done"));

        spans.assertParent("process_data", "handle_request", "ch02.1");
        assertThat(spans.named("handle_request").parentSpanId()).isEqualTo(CLIENT.spanId());
        assertThat(spans.named("handle_request").kind()).isEqualTo(SpanKind.SERVER);
    }

    @Test
    @Tag("ch02.1")
    @DisplayName("ch02.1 the previous context is restored after the call, also when the body throws")
    void previousContextIsRestoredOnEveryPath() {
        Storage.setContext(CLIENT);

        tracer.inSpan("ok", "OrderService", () -> 1);
        assertThat(Storage.getContext()).as("context after a call that returned").isEqualTo(CLIENT);

        assertThatThrownBy(() -> tracer.inSpan("fails", "OrderService", () -> {
            throw new IllegalStateException("out of stock");
        }));
        assertThat(Storage.getContext()).as("context after a call that threw").isEqualTo(CLIENT);
        assertThat(spans.all()).as("spans sent, one per call").hasSize(2);
    }

    @Test
    @Tag("ch02.1")
    @DisplayName("ch02.1 an unsampled context records nothing")
    void unsampledContextRecordsNothing() {
        Storage.setContext(CLIENT.withSampled(false));

        int result = tracer.inSpan("process_data", "OrderService", () -> 7);

        assertThat(result).isEqualTo(7);
        assertThat(spans.all()).as("spans recorded for an unsampled trace").isEmpty();
    }

    @Test
    @Tag("ch02.1")
    @DisplayName("ch02.1 a blank operation name is rejected, with or without a context")
    void blankOperationNameIsRejected() {
        assertThatThrownBy(() -> tracer.inSpan(" ", "OrderService", () -> 1))
                .as("ch02.1 a blank operation name without a context must throw IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("operationName");

        Storage.setContext(CLIENT);
        assertThatThrownBy(() -> tracer.inSpan(null, "OrderService", () -> 1))
                .as("ch02.1 a null operation name inside a trace must throw IllegalArgumentException")
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("operationName");
    }

    @Test
    @Tag("ch02.2")
    @DisplayName("ch02.2 a failure is tagged error and error.message and logged as an exception")
    void failureIsTaggedAndLogged() {
        Span span = Span.start(CLIENT, "reserve", "Inventory", clock);
        clock.advanceBy(0.5);

        Tracer.recordFailure(span, new IllegalStateException("out of stock"));

        assertThat(span.tags()).containsExactly(entry("error", true), entry("error.message", "out of stock"));
        assertThat(span.logs()).containsExactly(new SpanLog(1.5, "exception",
                Map.of("exception.type", "java.lang.IllegalStateException", "exception.message", "out of stock")));
    }

    @Test
    @Tag("ch02.2")
    @DisplayName("ch02.2 a failure without a message is described by its class name")
    void failureWithoutMessageUsesClassName() {
        Span span = Span.start(CLIENT, "reserve", "Inventory", clock);

        Tracer.recordFailure(span, new NullPointerException());

        assertThat(span.tags()).containsEntry("error.message", "java.lang.NullPointerException");
    }

    @Test
    @Tag("ch02.2")
    @DisplayName("ch02.2 the body's exception is rethrown as it was, and its span is sent tagged error")
    void failedBodyIsRethrownUnchanged() {
        Storage.setContext(CLIENT);
        IOException failure = new IOException("disk full");

        assertThatThrownBy(() -> tracer.inSpan("save", "OrderService", () -> {
            throw failure;
        })).as("ch02.2 the exception the caller sees must be the body's own").isSameAs(failure);

        SpanData span = spans.named("save");
        assertThat(span.tags()).as("tags of the failed span")
                .containsEntry("error", true)
                .containsEntry("error.message", "disk full")
                .doesNotContainKey("success");
        assertThat(span.logs()).extracting(SpanLog::message).containsExactly("exception");
    }

    @Test
    @Tag("ch02.3")
    @DisplayName("ch02.3 traceRoot starts a new trace with a root span, then restores the previous context")
    void traceRootStartsANewTrace() {
        TraceContext[] inside = new TraceContext[1];

        tracer.traceRoot("make_request", "Client", SpanKind.CLIENT, () -> {
            inside[0] = Storage.getContext();
            return null;
        });

        SpanData root = spans.named("make_request");
        assertThat(root.isRoot()).as("make_request is a root span (no parent)").isTrue();
        assertThat(root.kind()).isEqualTo(SpanKind.CLIENT);
        assertThat(root.traceId()).isEqualTo("00000000000000000000000000000001");
        assertThat(inside[0]).as("the context inside the body").isNotNull();
        assertThat(inside[0].spanId()).as("the current span inside the body").isEqualTo(root.spanId());
        assertThat(Storage.getContext()).as("the context afterwards").isNull();
    }

    @Test
    @Tag("ch02.3")
    @DisplayName("ch02.3 traceRoot ignores the current trace, and spans inside it join the new one")
    void traceRootIgnoresTheCurrentTrace() {
        Storage.setContext(CLIENT);

        tracer.traceRoot("make_request", "Client", () ->
                tracer.inSpan("process_data", "Client", () -> "done"));

        SpanData root = spans.named("make_request");
        assertThat(root.traceId()).as("a new trace").isNotEqualTo(CLIENT.traceId());
        assertThat(root.isRoot()).as("no parent, even with a current context").isTrue();
        spans.assertParent("process_data", "make_request", "ch02.3");
        assertThat(Storage.getContext()).as("the context afterwards").isEqualTo(CLIENT);
    }
}
