package workbook.spancost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workbook.testkit.Thrown;
import workbook.trace.IdGenerator;
import workbook.trace.SpanData;
import workbook.trace.SpanKind;
import workbook.trace.TraceContext;
import workbook.tracer.Storage;

class LeanTracerTest {

    private static final TraceContext PARENT =
            new TraceContext("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", null, true, Map.of());

    /** A clock that ticks one second per reading, so every reading shows where it was taken. */
    private final double[] time = {0};
    private final List<FinishedSpan> finished = new ArrayList<>();
    private final LeanTracer tracer = new LeanTracer(() -> ++time[0], new IdGenerator() {
        private long next = 1;

        @Override
        public String newTraceId() {
            return Base16.toHex(1, next++);
        }

        @Override
        public String newSpanId() {
            return Base16.toHex(next++);
        }
    }, finished::add);

    @BeforeEach
    @AfterEach
    void clearStorage() {
        Storage.reset();
    }

    @Test
    @Tag("ch09.3")
    @DisplayName("ch09.3 a traced call makes one child span, current while the body runs, tagged success")
    void tracedCallMakesOneChildSpan() {
        Storage.setContext(PARENT);

        TraceContext seen = tracer.inSpan("handle_request", "OrderService", Storage::getContext);

        assertThat(finished).hasSize(1);
        SpanData span = finished.get(0).toSpanData();
        assertThat(span.traceId()).isEqualTo(PARENT.traceId());
        assertThat(span.parentSpanId()).as("parent").isEqualTo(PARENT.spanId());
        assertThat(span.spanId()).as("the body saw the span's context").isEqualTo(seen.spanId());
        assertThat(span.operationName()).isEqualTo("handle_request");
        assertThat(span.kind()).isEqualTo(SpanKind.INTERNAL);
        assertThat(span.startTime()).as("start: the first clock reading").isEqualTo(1.0);
        assertThat(span.endTime()).as("end: the second").isEqualTo(2.0);
        assertThat(span.tags()).isEqualTo(Map.of("success", true));
        assertThat(Storage.getContext()).as("context after the call").isEqualTo(PARENT);
    }

    @Test
    @Tag("ch09.3")
    @DisplayName("ch09.3 a failure is rethrown unchanged and recorded with chapter 02's tags and log")
    void failureIsRecordedAndRethrown() {
        Storage.setContext(PARENT);
        IOException failure = new IOException("disk full");

        Throwable thrown = Thrown.by(() -> tracer.inSpan("write", "Storage", () -> {
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(finished).hasSize(1);
        SpanData span = finished.get(0).toSpanData();
        assertThat(span.tags()).isEqualTo(Map.of("error", true, "error.message", "disk full"));
        assertThat(span.logs()).singleElement().satisfies(log -> {
            assertThat(log.message()).isEqualTo("exception");
            assertThat(log.timestamp()).as("the log's time: the second clock reading").isEqualTo(2.0);
            assertThat(log.fields()).containsEntry("exception.type", "java.io.IOException");
        });
        assertThat(span.endTime()).isEqualTo(3.0);
        assertThat(Storage.getContext()).as("context after the failure").isEqualTo(PARENT);
    }

    @Test
    @Tag("ch09.3")
    @DisplayName("ch09.3 without a sampled context the body just runs: no span, no clock reading")
    void unsampledRunsTheBodyOnly() {
        assertThat(tracer.inSpan("a", "S", () -> "no context")).isEqualTo("no context");
        Storage.setContext(PARENT.withSampled(false));
        assertThat(tracer.inSpan("a", "S", () -> "unsampled")).isEqualTo("unsampled");

        assertThat(finished).isEmpty();
        assertThat(time[0]).isZero();
        assertThat(Thrown.by(() -> tracer.inSpan(" ", "S", () -> 1)))
                .as("a blank name, even untraced").isInstanceOf(IllegalArgumentException.class);
    }
}
